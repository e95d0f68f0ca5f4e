<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name></name>
    <message>
        <location filename="../../ui/week/calendar_ops.py" line="+107"/>
        <source>Aftalen findes ikke længere; ugen vises igen.</source>
        <translation>The appointment no longer exists; the week is shown again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Serien findes ikke længere; ugen vises igen.</source>
        <translation>The series no longer exists; the week is shown again.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Opret aftale</source>
        <translation>Create appointment</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Slet aftale</source>
        <translation>Delete appointment</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Afbud</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Udeblivelse</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markér som afholdt</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markér som planlagt</source>
        <translation>Mark as planned</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Redigér aftale</source>
        <translation>Edit appointment</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Redigér serie</source>
        <translation>Edit series</translation>
    </message>
    <message>
        <location filename="../../ui/common/details.py" line="+26"/>
        <location filename="../../ui/common/notes_text.py" line="+72"/>
        <source>rettelse</source>
        <translation>correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overført {date}</source>
        <translation>transferred {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delmål:</source>
        <translation>Sub-goals:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke knyttet til et delmål</source>
        <translation>Not linked to a sub-goal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status {start}–{end} · {state}</source>
        <translation>Status {start}–{end} · {state}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samlet vurdering</source>
        <translation>Overall assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borgerens syn</source>
        <translation>The citizen&apos;s view</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/handover_html.py" line="+29"/>
        <source> · arkiveret</source>
        <translation> · archived</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> – udført {date}</source>
        <translation> – done {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – senest {date}</source>
        <translation> – by {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aftale kl. {time}: {title}</source>
        <translation>Meeting at {time}: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indsats ({who}): {what}</source>
        <translation>Action ({who}): {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist for {level}: {goal}</source>
        <translation>Deadline for {level}: {goal}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · frist {date}</source>
        <translation> · deadline {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vurderinger: </source>
        <translation>Ratings: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Med borgerens egne ord</source>
        <translation>In the citizen&apos;s own words</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borgerens egne ord er ikke skrevet ned endnu (Overblik).</source>
        <translation>The citizen&apos;s own words have not been written down yet (Overview).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/common/details.py" line="+1"/>
        <location filename="../../ui/status/team_models.py" line="+44"/>
        <source>Næste skridt</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hvor er vi nu</source>
        <translation>Where are we now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrierer</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Det langsigtede mål</source>
        <translation>The long-term goal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intet langsigtet mål i planen.</source>
        <translation>No long-term goal in the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvad er prøvet, og hvordan gik det</source>
        <translation>What has been tried, and how it went</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen mål i planen endnu.</source>
        <translation>No goals in the plan yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vigtige notater</source>
        <translation>Key notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen underskrevne notater.</source>
        <translation>No signed notes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netværket</source>
        <translation>The network</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intet netværk registreret.</source>
        <translation>No network recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åbne frister og næste skridt</source>
        <translation>Open deadlines and next step</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} overskredet</source>
        <translation>{date} overdue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ingen åbne frister.</source>
        <translation>No open deadlines.</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="+20"/>
        <source>Der opstod en uventet fejl ({name}); intet blev ændret.</source>
        <translation>An unexpected error occurred ({name}); nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>caseapp</source>
        <translation>caseapp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/note_drafts_offer.py" line="+40"/>
        <source>Du har 1 kladde, der ikke er underskrevet. Vil du åbne den?</source>
        <translation>You have 1 draft that has not been signed. Do you want to open it?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Du har {count} kladder, der ikke er underskrevet. Vil du åbne dem?</source>
        <translation>You have {count} drafts that have not been signed. Do you want to open them?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du har {count} kladder, der ikke er underskrevet.</source>
        <translation>You have {count} drafts that are not signed.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Vil du åbne de %n dagbogsnotat(er)?</source>
        <translation>
            <numerusform>Open the diary note?</numerusform>
            <numerusform>Open the %n diary notes?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De {shown} nyeste åbnes; alle står under Kladder på I dag.</source>
        <translation>The {shown} newest are opened; all of them are listed under Drafts on Today.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kladder</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/record_models.py" line="+29"/>
        <location line="+79"/>
        <location filename="../../ui/diary/notes_list_model.py" line="+48"/>
        <location filename="../../ui/diary/timeline_model.py" line="+67"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+16"/>
        <location filename="../../ui/diary/notes_list_model.py" line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-13"/>
        <location filename="../../ui/diary/notes_list_model.py" line="+0"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location filename="../../ui/caseload/caseload_model.py" line="+56"/>
        <source>{status}, slettes {date}</source>
        <translation>{status}, deleted {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/citizen/record_models.py" line="+40"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagstype</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/citizen/record_models.py" line="-25"/>
        <location filename="../../ui/diary/notes_list_model.py" line="+0"/>
        <location filename="../../ui/plan/goal_tree.py" line="+22"/>
        <location filename="../../ui/plan/plan_tree_model.py" line="+56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidste
kontakt</source>
        <translation>Last
contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Næste
kontakt</source>
        <translation>Next
contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ikke sat</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aktive
delmål</source>
        <translation>Active
sub-goals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Næste
status</source>
        <translation>Next
status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hvor nu /
næste skridt</source>
        <translation>Where now /
next step</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name}, delt med teamet</source>
        <translation>{name}, shared with the team</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/record_models.py" line="-13"/>
        <location filename="../../ui/diary/notes_list_model.py" line="+1"/>
        <location filename="../../ui/diary/timeline_model.py" line="-29"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/diary/notes_list_model.py" line="+0"/>
        <source>Skrevet af</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../ui/diary/diary_tables.py" line="+24"/>
        <location filename="../../ui/diary/notes_list_model.py" line="+136"/>
        <source>Ført {date}</source>
        <translation>Entered {date}</translation>
    </message>
    <message>
        <location filename="../../ui/diary/notes_list_model.py" line="+1"/>
        <source>Rettelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rettelse af et tidligere notat</source>
        <translation>correction of an earlier note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ført i fagsystem {date}</source>
        <translation>entered in the case management system {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ikke ført i fagsystem</source>
        <translation>not entered in the case management system</translation>
    </message>
    <message>
        <location filename="../../ui/common/notes_text.py" line="-7"/>
        <source>(ukendt delmål)</source>
        <translation>(unknown sub-goal)</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="+15"/>
        <source>mandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tirsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lørdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>søndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>januar</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>februar</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>marts</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>august</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../ui/plan/goal_tree.py" line="+0"/>
        <location filename="../../ui/plan/plan_tree_model.py" line="+0"/>
        <source>Mål og indsatser</source>
        <translation>Goals and actions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/plan/plan_tree_model.py" line="+0"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>udført {date}</source>
        <translation>done {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indsats: {what} ({who})</source>
        <translation>Action: {what} ({who})</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_pdf_file.py" line="+15"/>
        <source>Gem planen som PDF</source>
        <translation>Save the plan as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_file.py" line="+15"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/insight_file.py" line="+15"/>
        <source>Gem indsigten som PDF</source>
        <translation>Save the insight print-out as PDF</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{name} ({kind}, %n tekst(er))</source>
        <translation>
            <numerusform>{name} ({kind}, %n text)</numerusform>
            <numerusform>{name} ({kind}, %n texts)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… og {more} flere</source>
        <translation>… and {more} more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andre personer i indsigten</source>
        <translation>Other people in the insight print-out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teksterne nævner andre personer, som borgeren ikke har ret til at se:

{names}

Udelad deres navne i udskriften? Notaterne selv ændres ikke.</source>
        <translation>The texts name other people, whom the citizen has no right to see:

{names}

Leave their names out of the print-out? The notes themselves are not changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Udelad navnene</source>
        <translation>Leave the names out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behold navnene</source>
        <translation>Keep the names</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_tree_model.py" line="+1"/>
        <source>Ambition / hvem</source>
        <translation>Ambition / who</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Indsats: {what}</source>
        <translation>Action: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Udført {date}</source>
        <translation>Done {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åben</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/record_models.py" line="-4"/>
        <location line="+30"/>
        <location filename="../../ui/status/status_list_model.py" line="+26"/>
        <source>Tilstand</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="-17"/>
        <location filename="../../ui/followup/deadlines_model.py" line="+25"/>
        <location filename="../../ui/shell/search_results.py" line="+27"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../ui/status/status_list_model.py" line="-3"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gennemgået med borgeren</source>
        <translation>Reviewed with the citizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfatter</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skal gennemgås</source>
        <translation>To be reviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intet</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Må deles</source>
        <translation>May be shared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Givet</source>
        <translation>Given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trukket tilbage</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detalje</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/shell/search_results.py" line="-4"/>
        <location filename="../../ui/status/team_models.py" line="-20"/>
        <source>Borgere</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fund</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/followup/deadlines_model.py" line="+1"/>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/shell/search_results.py" line="+0"/>
        <location filename="../../ui/status/team_models.py" line="+14"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slags</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Om</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Næste handling</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/status/status_list_model.py" line="+5"/>
        <source>Gennemgået</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/diary/timeline_model.py" line="-14"/>
        <source>egen (1-10)</source>
        <translation>own (1-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FFB (0-4)</source>
        <translation>FFB (0-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAS (-2..+2)</source>
        <translation>GAS (-2..+2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>kladde</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aftale</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vurdering</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/week/week_paint.py" line="+67"/>
        <source>Man</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tir</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lør</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Søn</source>
        <translation>Sun</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/deadline_text.py" line="+25"/>
        <source>%n dag(e) over</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/week/week_paint.py" line="+144"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>om %n dag(e)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>leverandøren</source>
        <translation>the provider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ring til {who} og planlæg det videre forløb</source>
        <translation>Call {who} and plan what comes next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afgør om indsatsen forlænges, afsluttes eller erstattes</source>
        <translation>Decide whether the effort is extended, ended or replaced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beslut om indsatsen skal forlænges</source>
        <translation>Decide whether to extend the effort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bed {who} om statusrapporten</source>
        <translation>Ask {who} for the progress report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ring til {who} eller opgiv</source>
        <translation>Call {who} or give up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send rykker {number} til {who}</source>
        <translation>Send reminder {number} to {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forbered mødet: dagsorden og deltagere</source>
        <translation>Prepare the meeting: agenda and participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv referatet færdigt og send det</source>
        <translation>Finish the minutes and send them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Følg op hos {who}</source>
        <translation>Follow up with {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book en samtale</source>
        <translation>Book a conversation</translation>
    </message>
    <message>
        <location filename="../../ui/week/week_paint.py" line="+20"/>
        <source>Heldag</source>
        <translation>All day</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>notat mangler</source>
        <translation>note missing</translation>
    </message>
    <message>
        <location filename="../../ui/week/week_print.py" line="+40"/>
        <source>Ugen kunne ikke udskrives.</source>
        <translation>The week could not be printed.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>PDF-filen kunne ikke skrives.</source>
        <translation>The PDF file could not be written.</translation>
    </message>
    <message>
        <location filename="../../ui/diary/note_text_checks.py" line="+13"/>
        <source>Notatet er tomt. Skriv først, hvad du så eller hørte.</source>
        <translation>The note is empty. First write what you saw or heard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notatet er for langt: højst {limit} tegn. Intet er slettet – kort teksten ned, så gemmes den.</source>
        <translation>The note is too long: at most {limit} characters. Nothing has been deleted – shorten the text and it will be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/team_dialog.py" line="+95"/>
        <location line="+1"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/purge_question.py" line="+23"/>
        <source>Slet borgeren for altid</source>
        <translation>Delete the citizen for good</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Alt om {name} slettes for altid fra denne computer: plan, notater i alle versioner, aftaler, statusbeskrivelser, netværk, samtykker og adgangslog. Tilbage bliver kun en kvittering uden navn og CPR-nummer. Sikkerhedskopier og PDF&apos;er, der er skrevet før, slettes ikke.</source>
        <translation>Everything about {name} is deleted for good from this computer: plan, notes in every version, appointments, status descriptions, network, consents and access log. Only a receipt without name and CPR number remains. Backups and PDFs written earlier are not deleted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Borgeren deles med teamet: ved næste synkronisering slettes borgeren også på serveren og hos dine kolleger.</source>
        <translation>The citizen is shared with the team: at the next sync the citizen is also deleted on the server and on your colleagues&apos; computers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slet for altid</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/insight_file.py" line="+1"/>
        <location filename="../../ui/citizen/purge_question.py" line="+1"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/handover_file.py" line="+13"/>
        <source>Gem overdragelsen som PDF</source>
        <translation>Save the handover as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/status/team_models.py" line="-15"/>
        <location line="+16"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Kontakt overskredet</source>
        <translation>Contact overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt inden 7 dage</source>
        <translation>Contact within 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status overskredet</source>
        <translation>Status overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status inden 7 dage</source>
        <translation>Status within 7 days</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Næste kontakt</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snarest</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Næste status</source>
        <translation>Next status</translation>
    </message>
    <message>
        <location filename="../../ui/diary/sign_question.py" line="+33"/>
        <source>Underskriv notat</source>
        <translation>Sign note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vil du underskrive notatet? Et underskrevet notat kan ikke ændres, kun rettes med en rettelse.</source>
        <translation>Sign the note? A signed note cannot be changed, only put right with a correction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Underskriv</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vis ikke igen</source>
        <translation>&amp;Don&apos;t show again</translation>
    </message>
    <message>
        <location filename="../../ui/diary/note_editor_fields.py" line="+47"/>
        <source>Notatets status</source>
        <translation>Note status</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../../ui/citizen/access_log_dialog.py" line="+19"/>
        <source>Hvem har set {name}</source>
        <translation>Who has seen {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adgangslog for {name}</source>
        <translation>Access log for {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Hvornår borgerens oplysninger er vist, søgt frem, udskrevet eller kopieret, og af hvem – aldrig selve oplysningerne. Rækkerne slettes efter %n måned(er).</source>
        <translation>
            <numerusform>When the citizen&apos;s data was shown, searched for, printed or copied, and by whom – never the data itself. Rows are deleted after %n month.</numerusform>
            <numerusform>When the citizen&apos;s data was shown, searched for, printed or copied, and by whom – never the data itself. Rows are deleted after %n months.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen har set borgeren endnu.</source>
        <translation>No one has seen the citizen yet.</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../ui/plan/action_form.py" line="+39"/>
        <source>Indsats – hvem gør hvad hvornår</source>
        <translation>Action – who does what when</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hvad skal der gøres? fx »Ringe til boligselskabet«</source>
        <translation>What needs doing? e.g. “Call the housing association”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvad skal der gøres</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Har frist</source>
        <translation>Has deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Udført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gem ændringerne (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortryd ændringer</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Skriv, hvad indsatsen går ud på, før den gemmes.</source>
        <translation>Describe the action before saving it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teksten er for lang: højst {limit} tegn.</source>
        <translation>The text is too long: at most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../ui/week/appointment_dialog.py" line="+60"/>
        <source>Ny aftale</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redigér aftale</source>
        <translation>Edit appointment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valgfri; vises kun i ugen uden borger</source>
        <translation>Optional; shown in the week only when there is no citizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ingen borger)</source>
        <translation>(no citizen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Årsag til afbud eller udeblivelse</source>
        <translation>Reason for cancellation or no-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kun denne gang</source>
        <translation>This time only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hele serien</source>
        <translation>The whole series</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Gentages ikke</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hver uge</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hver N. uge</source>
        <translation>Every N weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hver måned</source>
        <translation>Every month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Som importeret ({rule})</source>
        <translation>As imported ({rule})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hver </source>
        <translation>every </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. uge</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>efter et antal gange</source>
        <translation>after a number of times</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>på en dato</source>
        <translation>on a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> gange</source>
        <translation> times</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starttid</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluttid</source>
        <translation>End time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal uger imellem</source>
        <translation>Weeks between</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal gange</source>
        <translation>Number of times</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutdato</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kl.</source>
        <translation>at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ændr</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Gentagelse</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Slutter</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <location filename="../../ui/status/batch_export_dialog.py" line="+61"/>
        <source>Udskriv alle statusbeskrivelser</source>
        <translation>Print all status descriptions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der laves én PDF for hver aktiv borger ({count}): den seneste statusbeskrivelse, eller en kladde ud fra planen, hvor der ikke er nogen. Filnavnene indeholder borgerens navn, aldrig CPR-nummeret. Filer med samme navn i mappen erstattes.</source>
        <translation>One PDF is made for each active citizen ({count}): the latest status description, or a draft based on the plan where there is none. The file names contain the citizen&apos;s name, never the CPR number. Files with the same name in the folder are replaced.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mappe</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg en mappe …</source>
        <translation>Choose a folder …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg mappe …</source>
        <translation>Choose folder …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v af %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åbn mappen</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Vælg mappe til statusbeskrivelserne</source>
        <translation>Choose a folder for the status descriptions</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Skriver statusbeskrivelserne …</source>
        <translation>Writing the status descriptions …</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stopper efter den fil, der skrives nu …</source>
        <translation>Stopping after the file being written now …</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} statusbeskrivelser er skrevet til {folder}.</source>
        <translation>{count} status descriptions have been written to {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 statusbeskrivelse er skrevet til {folder}.</source>
        <translation>1 status description has been written to {folder}.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Afbrudt. {done} af %n statusbeskrivelse(r) blev skrevet til {folder}; ingen fil er halvt skrevet.</source>
        <translation>
            <numerusform>Cancelled. {done} of %n status description was written to {folder}; no file is half written.</numerusform>
            <numerusform>Cancelled. {done} of %n status descriptions were written to {folder}; no file is half written.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Udskrivningen mislykkedes; se beskeden.</source>
        <translation>Printing failed; see the message.</translation>
    </message>
</context>
<context>
    <name>CalendarMenu</name>
    <message>
        <location filename="../../ui/week/calendar_menu.py" line="+71"/>
        <source>&amp;Eksportér kalender (.ics) …</source>
        <translation>&amp;Export calendar (.ics) …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Importér kalender …</source>
        <translation>&amp;Import calendar …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gem ugen som PDF …</source>
        <translation>Save the &amp;week as PDF …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Udskriv uge …</source>
        <translation>&amp;Print week …</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+57"/>
        <source>Eksportér kalender</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+23"/>
        <source>Kalenderfiler (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Kalenderen er gemt: %n begivenhed(er) i {file}.</source>
        <translation>
            <numerusform>The calendar is saved: %n event in {file}.</numerusform>
            <numerusform>The calendar is saved: %n events in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importér kalender</source>
        <translation>Import calendar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kalenderfilen er for stor; intet blev importeret.</source>
        <translation>The calendar file is too large; nothing was imported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kalenderfilen kunne ikke læses; intet blev importeret.</source>
        <translation>The calendar file could not be read; nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n ny(e) aftale(r)</source>
        <translation>
            <numerusform>%n new appointment</numerusform>
            <numerusform>%n new appointments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalenderen er indlæst: {new}, {updated} opdateret, {same} uændret.</source>
        <translation>The calendar has been loaded: {new}, {updated} updated, {same} unchanged.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n aftale(r) fra samme kalender findes ikke længere i filen og er beholdt.</source>
        <translation>
            <numerusform>%n appointment from the same calendar is no longer in the file and has been kept.</numerusform>
            <numerusform>%n appointments from the same calendar are no longer in the file and have been kept.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Medtag borgernes navne og titler (ellers kun initialer)</source>
        <translation>Include the citizens&apos; names and titles (otherwise initials only)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Til og med</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Udskrevet {when}</source>
        <translation>Printed {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gem ugen som PDF</source>
        <translation>Save the week as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../ui/week/appointment_cancel_dialog.py" line="+33"/>
        <source>Afbud eller udeblivelse</source>
        <translation>Cancellation or no-show</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afbud (aflyst)</source>
        <translation>Cancellation (called off)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Udeblevet</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fx: Borgeren meldte afbud pga. sygdom.</source>
        <translation>E.g.: The citizen cancelled because of illness.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finder næste ledige tid …</source>
        <translation>Finding the next free time …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book den nye tid</source>
        <translation>Book the new time</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hvad skete der</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny tid</source>
        <translation>New time</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Der er ingen ledig tid de næste fire uger.</source>
        <translation>There is no free time in the next four weeks.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{weekday} {day}.{month}. kl. {span}</source>
        <translation>{weekday} {day}/{month} at {span}</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../ui/caseload/caseload_view.py" line="+36"/>
        <location line="+27"/>
        <source>Sagsstamme</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Filtrér på navn, sagstype, næste skridt …</source>
        <translation>Filter by name, case type, next step …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrér sagsstammen</source>
        <translation>Filter the caseload</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åbne sager</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt overskredet</source>
        <translation>Contact overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venter</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afsluttede</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>{shown} af %n borger(e)</source>
        <translation>
            <numerusform>{shown} of %n citizen</numerusform>
            <numerusform>{shown} of %n citizens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CitizenForm</name>
    <message>
        <location filename="../../ui/citizen/citizen_form.py" line="+54"/>
        <source>Med borgerens egne ord: hvad vil borgeren?</source>
        <translation>In the citizen&apos;s own words: what does the citizen want?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvor står borgeren nu?</source>
        <translation>Where is the citizen now?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvad er næste skridt?</source>
        <translation>What is the next step?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvad står i vejen?</source>
        <translation>What stands in the way?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DDMMÅÅ-NNNN</source>
        <translation>DDMMYY-NNNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vis og ret</source>
        <translation>Show and edit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Borgeren er et barn (status to gange om året)</source>
        <translation>The citizen is a child (status twice a year)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> mdr.</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Default</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source> dag(e)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Borgeren</source>
        <translation>The citizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Egne ord</source>
        <translation>Own words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvor er vi nu</source>
        <translation>Where are we now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Næste skridt</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrierer</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamdata</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sagstype</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lovgrundlag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Præferencer</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontaktrytme</source>
        <translation>Contact cadence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statusrytme</source>
        <translation>Status cadence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foretrukket sted</source>
        <translation>Preferred place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foretrukket tid</source>
        <translation>Preferred time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktiviteter pr. dag</source>
        <translation>Activities per day</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>En kollega har ændret feltet, mens du skrev, til: {value}. Gemmer du, bevares begge værdier under Team → Konflikter.</source>
        <translation>A colleague changed this field while you were typing, to: {value}. If you save, both values are kept under Team → Conflicts.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Navnet må ikke være tomt.</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ikke et gyldigt CPR-nummer (10 cifre, første seks en dato).</source>
        <translation>Not a valid CPR number (10 digits, the first six a date).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kun cifre, mellemrum, + og bindestreg.</source>
        <translation>Only digits, spaces, + and hyphens.</translation>
    </message>
</context>
<context>
    <name>CitizenHeader</name>
    <message>
        <location filename="../../ui/citizen/citizen_header.py" line="+56"/>
        <source>Delt med teamet</source>
        <translation>Shared with the team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borgeren er delt med teamet</source>
        <translation>The citizen is shared with the team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borgeren deles med teamet</source>
        <translation>The citizen is shared with the team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del med teamet</source>
        <translation>Share with the team</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hvem har set …</source>
        <translation>Who has seen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hvem har set borgeren</source>
        <translation>Who has seen the citizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adgangsloggen: hvem har vist, søgt, udskrevet eller kopieret borgerens oplysninger, og hvornår</source>
        <translation>The access log: who has shown, searched, printed or copied the citizen&apos;s data, and when</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indsigt …</source>
        <translation>Insight …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indsigt: alt om borgeren som PDF</source>
        <translation>Insight: everything about the citizen as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt, hvad caseapp gemmer om borgeren, som PDF og maskinlæsbar JSON – til en anmodning om indsigt</source>
        <translation>Everything caseapp holds on the citizen, as PDF and machine-readable JSON – for a request for insight</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdrag …</source>
        <translation>Hand over …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdrag borgeren til en kollega</source>
        <translation>Hand the citizen over to a colleague</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdragelsen: borgerens egne ord, målene og hvordan det gik, netværket og de åbne frister – til kollegaen, der overtager borgeren</source>
        <translation>The handover: the citizen&apos;s own words, the goals and how they went, the network and the open deadlines – for the colleague who takes the citizen over</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modtag borgeren</source>
        <translation>Take the citizen over</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modtag overdragelsen af borgeren</source>
        <translation>Accept the handover of the citizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afslut sag …</source>
        <translation>Close case …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afslut borgerens sag</source>
        <translation>Close the citizen&apos;s case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genåbn</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Genåbn borgerens sag</source>
        <translation>Reopen the citizen&apos;s case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slet nu …</source>
        <translation>Delete now …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slet borgeren for altid</source>
        <translation>Delete the citizen for good</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ingen sagstype</source>
        <translation>No case type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tlf. {phone}</source>
        <translation>Tel. {phone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarlig: {who}</source>
        <translation>Responsible: {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sagen er afsluttet {closed} ({reason}) og kan kun læses, til den genåbnes · borgeren slettes {deletion}</source>
        <translation>The case closed {closed} ({reason}) and is read-only until it is reopened · the citizen is deleted {deletion}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Klik for at skjule CPR-nummeret</source>
        <translation>Click to hide the CPR number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klik for at vise hele CPR-nummeret</source>
        <translation>Click to show the full CPR number</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Borgeren deles med teamet; delingen kan ikke trækkes tilbage.</source>
        <translation>The citizen is shared with the team; sharing cannot be withdrawn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del borgerens oplysninger, mål og underskrevne notater med teamet</source>
        <translation>Share the citizen&apos;s details, goals and signed notes with the team</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overdraget til {to} af {by} den {date} – venter på at blive modtaget</source>
        <translation>Handed over to {to} by {by} on {date} – waiting to be accepted</translation>
    </message>
</context>
<context>
    <name>CitizenPage</name>
    <message>
        <location filename="../../ui/citizen/citizen_page.py" line="+111"/>
        <source>Ingen aftaler.</source>
        <translation>No appointments.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv notat til aftalen</source>
        <translation>Write a note for the appointment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagbog</source>
        <translation>Diary</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Aftaler</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Den valgte aftale</source>
        <translation>The chosen appointment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Borgerens sider</source>
        <translation>Citizen&apos;s pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borgerens faner</source>
        <translation>The citizen&apos;s tabs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+45"/>
        <source>Dagbog ({count})</source>
        <translation>Diary ({count})</translation>
    </message>
    <message>
        <location line="+55"/>
        <source> Overdragelsen er gemt som {pdf}.</source>
        <translation> The handover is saved as {pdf}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borgeren er overdraget til {to}; {to} bliver ansvarlig, når overdragelsen er modtaget.</source>
        <translation>The citizen is handed over to {to}; {to} becomes responsible once the handover is accepted.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Sletter borgeren …</source>
        <translation>Deleting the citizen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Borgeren er slettet fra denne computer. Kvittering i sletteregistret: {case}, {counts}.</source>
        <translation>The citizen is deleted from this computer. Receipt in the deletion register: {case}, {counts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kun stamdata</source>
        <translation>master data only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hos teamet slettes borgeren ved næste synkronisering.</source>
        <translation>The team&apos;s copies are deleted at the next sync.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gennemser indsigten …</source>
        <translation>Reviewing the insight print-out …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skriver indsigten …</source>
        <translation>Writing the insight print-out …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indsigten er gemt som {pdf} og, maskinlæsbar, {json}. Den rummer hele CPR-nummeret og alle notater: giv den kun til borgeren selv.</source>
        <translation>The insight print-out is saved as {pdf} and, machine-readable, {json}. It holds the whole CPR number and every note: give it to the citizen only.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../ui/citizen/close_case_dialog.py" line="+27"/>
        <source>Afslut sagen for {name}</source>
        <translation>Close the case for {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fx flyttet til anden kommune, mål nået</source>
        <translation>e.g. moved to another municipality, goal reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begrundelse for at afslutte sagen</source>
        <translation>Reason for closing the case</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afslutningsdato</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Afslut sagen</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Begrundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Afsluttet den:</source>
        <translation>&amp;Closed on:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Borgeren forlader sagsstammen og slettes fra denne computer {date} ({days} dage efter). Underskrevne notater skal være markeret som ført i fagsystemet, før det kan ske.</source>
        <translation>The citizen leaves the caseload and is deleted from this computer on {date} ({days} days later). Signed notes must be marked as entered in the case management system before that can happen.</translation>
    </message>
</context>
<context>
    <name>ClosedBanner</name>
    <message>
        <location filename="../../ui/common/closed_banner.py" line="+15"/>
        <source>Sagen er afsluttet – kun læsning. Genåbn sagen øverst på siden for at ændre i den.</source>
        <translation>The case is closed – read only. Reopen the case at the top of the page to change it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sagen er afsluttet</source>
        <translation>The case is closed</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="+38"/>
        <location line="+14"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Her er felter, som er ændret to steder, før ændringerne nåede hinanden. Den seneste ændring gælder nu; vælg, om den skal blive, eller om den anden værdi skal bruges.</source>
        <translation>These fields were changed in two places before the changes reached each other. The latest change is in force now; choose whether it stays or the other value is used.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Den valgte konflikts to værdier</source>
        <translation>The chosen conflict&apos;s two values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der er ingen konflikter.</source>
        <translation>There are no conflicts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behold gældende værdi</source>
        <translation>Keep the value in force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brug den anden værdi</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Gældende værdi ({kept_by}): {kept}
Den anden værdi ({other_by}): {other}</source>
        <translation>Value in force ({kept_by}): {kept}
The other value ({other_by}): {other}</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../ui/sync/conflict_model.py" line="+18"/>
        <location line="+54"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Netværk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vurdering</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftale</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statusbeskrivelse</source>
        <translation>Status description</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagstype</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lovgrundlag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egne ord</source>
        <translation>Own words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvor er vi nu</source>
        <translation>Where are we now</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Næste skridt</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Barrierer</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samlet vurdering</source>
        <translation>Overall assessment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gældende værdi</source>
        <translation>Value in force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skrevet af</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anden værdi</source>
        <translation>Other value</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/citizen/consent_dialog.py" line="+28"/>
        <source>Tilføj samtykke</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fx jobcentret, egen læge</source>
        <translation>e.g. the job centre, own GP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvilke oplysninger, til hvad</source>
        <translation>Which information, for what</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Givet den</source>
        <translation>Given on</translation>
    </message>
</context>
<context>
    <name>ConsentReviewDialog</name>
    <message>
        <location filename="../../ui/citizen/consent_review_dialog.py" line="+33"/>
        <source>Gennemgå samtykker</source>
        <translation>Review consents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vælg, hvem hvert samtykke gælder, og hvad det dækker. Forslagene er læst ud af samtykkets tekst; et samtykke deler intet, før det er gennemgået.</source>
        <translation>Choose whom each consent is for and what it covers. The suggestions are read from the consent&apos;s text; a consent shares nothing until it has been reviewed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Samtykker</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Godkend</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>gennemgået {date}</source>
        <translation>reviewed {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forslag, ikke gennemgået</source>
        <translation>suggestion, not reviewed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ordlyd</source>
        <translation>Wording</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gælder for {party}</source>
        <translation>Applies to {party}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen i netværket</source>
        <translation>Nobody in the network</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gælder</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dækker</source>
        <translation>Covers</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/citizen/contact_dialog.py" line="+20"/>
        <source>Tilføj person i netværket</source>
        <translation>Add a person to the network</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fx mor, mentor, læge</source>
        <translation>e.g. mother, mentor, doctor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nummeret er bekræftet</source>
        <translation>The number is confirmed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>CreateTeamDialog</name>
    <message>
        <location filename="../../ui/sync/create_team_dialog.py" line="+30"/>
        <location line="+37"/>
        <source>Opret team</source>
        <translation>Create team</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Et team deler udvalgte borgere gennem en fælles server. Serverens adresse får du af den, der har sat serveren op; bagefter inviterer du dine kolleger.</source>
        <translation>A team shares selected citizens through a common server. The person who set up the server gives you its address; afterwards you invite your colleagues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serveradresse</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En PostgreSQL-forbindelsesstreng</source>
        <translation>A PostgreSQL connection string</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fx Bostedet Lærkevej</source>
        <translation>e.g. Larkspur House</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teamets navn</source>
        <translation>Team name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Serveradresse:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teamets navn:</source>
        <translation>&amp;Team name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teamet er oprettet</source>
        <translation>The team has been created</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Opret team</source>
        <translation>&amp;Create team</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skriv serverens adresse.</source>
        <translation>Enter the server&apos;s address.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv teamets navn.</source>
        <translation>Enter the team&apos;s name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serveren kan ikke nås lige nu; teamet er ikke oprettet, og databasen er ikke med i noget team.</source>
        <translation>The server cannot be reached right now; the team has not been created, and the database is not in any team.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opretter teamet på serveren …</source>
        <translation>Creating the team on the server …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teamet »{name}« er oprettet, og databasen er med i det. Giv koden herunder til den første kollega, som skal med; flere koder laver du under Team → Invitér.</source>
        <translation>The team “{name}” has been created, and the database is in it. Give the code below to the first colleague who is to join; you make more codes under Team → Invite.</translation>
    </message>
</context>
<context>
    <name>DeadlineBand</name>
    <message>
        <location filename="../../ui/week/deadline_band.py" line="+94"/>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>+%n flere</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Vis alle %n frister</source>
        <translation>
            <numerusform>Show the %n deadline</numerusform>
            <numerusform>Show all %n deadlines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Frist {date}{late}: {kind}, {name}. {about}{action}</source>
        <translation>Deadline {date}{late}: {kind}, {name}. {about}{action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (overskredet)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Udløber</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revurdering</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rykker</source>
        <translation>Reminder</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../ui/followup/deadlines_view.py" line="+40"/>
        <location line="+33"/>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slags frist</source>
        <translation>Kind of deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle slags</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hvis borgere</source>
        <translation>Whose citizens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teamets</source>
        <translation>The team&apos;s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> dage frem</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal dage frem</source>
        <translation>Days ahead</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Borger:</source>
        <translation>&amp;Citizen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Hvis:</source>
        <translation>&amp;Whose:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slags:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Vis:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alle borgere</source>
        <translation>All citizens</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n frist(er)</source>
        <translation>
            <numerusform>%n deadline</numerusform>
            <numerusform>%n deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overskredet</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryMonthGroup</name>
    <message>
        <location filename="../../ui/diary/diary_month_group.py" line="+39"/>
        <source>Notater uden delmål</source>
        <translation>Notes without a sub-goal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kort resumé: hvad viser månedens observationer om udviklingen?</source>
        <translation>Short summary: what do the month&apos;s observations show about progress?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingen vurdering: lad feltet stå på »–«</source>
        <translation>No rating: leave the field at “–”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Månedens notater: {goal}</source>
        <translation>The month&apos;s notes: {goal}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumé: {goal}</source>
        <translation>Summary: {goal}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vurderingens værdi</source>
        <translation>Rating value</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vurdering</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ingen underskrevne notater i måneden.</source>
        <translation>No signed notes in the month.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gemmes som kladde til et opsamlingsnotat.</source>
        <translation>Saved as a draft monthly summary note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Underskrevet. En ændring gemmes som rettelse.</source>
        <translation>Signed. A change is saved as a correction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kladde – underskriv den i Dagbogen.</source>
        <translation>Draft – sign it in the Diary.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seneste i måneden: {ratings}</source>
        <translation>Latest in the month: {ratings}</translation>
    </message>
</context>
<context>
    <name>DiaryTab</name>
    <message>
        <location filename="../../ui/diary/diary_tab.py" line="+73"/>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidslinje</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nyt notat</source>
        <translation>New note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopiér til fagsystem</source>
        <translation>Copy to case management system</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopiér de valgte notater som ren tekst til Nexus, Cura, Sensum … (Ctrl+Shift+C)</source>
        <translation>Copy the selected notes as plain text to Nexus, Cura, Sensum … (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Månedsopsamling …</source>
        <translation>Monthly summary …</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Ingen notater passer til filtrene.</source>
        <translation>No notes match the filters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen notater endnu. Skriv det første med »Nyt notat«.</source>
        <translation>No notes yet. Write the first one with “New note”.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln notat(er) passer</source>
        <translation>
            <numerusform>%Ln note matches</numerusform>
            <numerusform>%Ln notes match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln notat(er)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+197"/>
        <source>Tidslinje: %n hændelse(r)</source>
        <translation>
            <numerusform>Timeline: %n event</numerusform>
            <numerusform>Timeline: %n events</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fra {start} til {end}. Vælg en anden periode i filtrene.</source>
        <translation>From {start} to {end}. Choose another period in the filters.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../ui/followup/document_dialog.py" line="+15"/>
        <source>Bestil dokument</source>
        <translation>Request a document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fx Lægeattest, Udtalelse fra psykiatrien</source>
        <translation>e.g. Medical certificate, Statement from psychiatry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bestilt hos</source>
        <translation>Requested from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestilt den</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dokument</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestilt &amp;hos</source>
        <translation>Requested &amp;from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestilt &amp;den</source>
        <translation>Requested &amp;on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frist</source>
        <translation>D&amp;ue</translation>
    </message>
</context>
<context>
    <name>EffortDialog</name>
    <message>
        <location filename="../../ui/followup/effort_dialog.py" line="+34"/>
        <source>Ny indsats</source>
        <translation>New effort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indsats</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fx Mentorforløb, Virksomhedspraktik</source>
        <translation>e.g. Mentor programme, Work placement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slags</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revurdering</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dato for revurdering</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leverandørens kontaktperson</source>
        <translation>The provider&apos;s contact person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delmål indsatsen tjener</source>
        <translation>Sub-goals the effort serves</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Borgeren har ingen delmål endnu.</source>
        <translation>The citizen has no sub-goals yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Indsats</source>
        <translation>&amp;Effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;lags</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sl&amp;ut</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forlængelse besluttes</source>
        <translation>Extension &amp;decided by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Leverandør</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delmål</source>
        <translation>Su&amp;b-goal</translation>
    </message>
</context>
<context>
    <name>EffortEndDialog</name>
    <message>
        <location filename="../../ui/followup/effort_end_dialog.py" line="+17"/>
        <source>Forlæng eller afslut indsatsen</source>
        <translation>Extend or end the effort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fx hvad indsatsen blev erstattet af</source>
        <translation>e.g. what the effort was replaced by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}, slutter {end}</source>
        <translation>{title}, ends {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beslutning</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>&amp;Ny slutdato</source>
        <translation>&amp;New end date</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sl&amp;uttede</source>
        <translation>E&amp;nded on</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="+136"/>
        <source>Velkommen til caseapp</source>
        <translation>Welcome to caseapp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fx Jobcenter Øst, Bostedet Solsikken</source>
        <translation>e.g. Job Centre East, Sunflower Residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fyld databasen med en opdigtet demo-sagsstamme (25 borgere)</source>
        <translation>Fill the database with a fictitious demo caseload (25 citizens)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>caseapp er dit eget arbejdsbord. Databasen ligger krypteret på denne computer; deltager du i et team, deles de borgere, du vælger, krypteret med teamet.</source>
        <translation>caseapp is your own desk. The database is kept encrypted on this computer; if you join a team, the citizens you choose are shared with the team, encrypted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Næste &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; Tilbage</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opret</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Om dig</source>
        <translation>About you</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Adgangskoden låser caseapp op, når skærmen har været låst. Den gemmes kun som et saltet hash.</source>
        <translation>The password unlocks caseapp after the screen has been locked. It is stored only as a salted hash.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>

Der er ingen sikker nøglering på denne computer, så databasen krypteres med en adgangsfrase, som du skal skrive, hver gang caseapp starter. Glemmer du den, kan databasen ikke åbnes.</source>
        <translation>

There is no secure keyring on this computer, so the database is encrypted with a passphrase that you must type every time caseapp starts. If you forget it, the database cannot be opened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>

Databasens nøgle gemmes i styresystemets nøglering.</source>
        <translation>

The database key is stored in the operating system&apos;s keyring.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Gentag</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adgangsfrase til databasen</source>
        <translation>Database passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentag adgangsfrasen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Kom i gang</source>
        <translation>Get started</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Databasen oprettes krypteret. Vil du prøve caseapp af først, kan du fylde den med opdigtede borgere; de kan ikke skilles fra rigtige sager bagefter, så brug hellere &apos;caseapp --demo&apos; til at øve dig.</source>
        <translation>The database is created encrypted. If you want to try caseapp first, you can fill it with fictitious citizens; they cannot be separated from real cases afterwards, so rather use &apos;caseapp --demo&apos; to practise.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Skriv dit navn.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adgangskoden skal have mindst {n} tegn.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adgangsfrasen skal have mindst {n} tegn.</source>
        <translation>The passphrase must have at least {n} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De to adgangsfraser er ikke ens.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../ui/followup/followup_tab.py" line="+46"/>
        <source>Indsatser</source>
        <translation>Efforts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bestilte dokumenter</source>
        <translation>Requested documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ny indsats …</source>
        <translation>&amp;New effort …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forlæng eller afslut …</source>
        <translation>E&amp;xtend or end …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bestil dokument …</source>
        <translation>&amp;Request document …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rykker sendt …</source>
        <translation>Re&amp;minder sent …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Modtaget</source>
        <translation>Receiv&amp;ed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opgiv</source>
        <translation>&amp;Give up</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Indsatser og bevillinger</source>
        <translation>Efforts and grants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dokumenter, der er bestilt hos andre</source>
        <translation>Documents requested from others</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indsats</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slags</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leverandør</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revurdering</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Afventer afgørelse (slut {date})</source>
        <translation>Awaiting decision (ended {date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Løber</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forlænget fra {date}</source>
        <translation>Extended from {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{outcome} {date}</source>
        <translation>{outcome} {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestilt hos</source>
        <translation>Requested from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestilt</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rykkere</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Modtaget {date}</source>
        <translation>Received {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opgivet {date}</source>
        <translation>Given up {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venter</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Rykker sendt</source>
        <translation>Reminder sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hvordan blev der rykket?</source>
        <translation>How was the reminder sent?</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../ui/plan/goal_form.py" line="+60"/>
        <source>Skriv målet i nutid, som situationen er, når det er nået – fx »Søren deltager i fællesspisningen«.</source>
        <translation>Write the goal in the present tense, as things are when it has been reached – e.g. “Sam takes part in the shared meals”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Målets tekst</source>
        <translation>Goal text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forslag til formuleringen – du kan altid gemme:</source>
        <translation>Suggestions for the wording – you can always save:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ikke valgt</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fx bolig, arbejde, helbred, netværk</source>
        <translation>e.g. housing, work, health, network</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvad ser vi efter? Hvornår er målet nået?</source>
        <translation>What are we looking for? When has the goal been reached?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Har deadline</source>
        <translation>Has deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gem ændringerne (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortryd ændringer</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livsområde</source>
        <translation>Life area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Skriv målet, før det gemmes.</source>
        <translation>Write the goal before saving it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teksten er for lang: højst {limit} tegn (nu {count}).</source>
        <translation>The text is too long: at most {limit} characters (now {count}).</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/citizen/handover_dialog.py" line="+32"/>
        <source>Overdragelse af {name}</source>
        <translation>Handover of {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdragelsen</source>
        <translation>The handover</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kollega, borgeren overdrages til</source>
        <translation>Colleague the citizen is handed over to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem også overdragelsen som &amp;PDF</source>
        <translation>Also save the handover as &amp;PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Overdrag til:</source>
        <translation>&amp;Hand over to:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overdrag</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Modtag borgeren</source>
        <translation>&amp;Take the citizen over</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{by} har overdraget borgeren til {to} den {date}; {to} bliver ansvarlig, når overdragelsen er modtaget.</source>
        <translation>{by} handed the citizen over to {to} on {date}; {to} becomes responsible once the handover is accepted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der er ingen kollegaer i teamet at overdrage til endnu (synkronisér, når en kollega er kommet med).</source>
        <translation>There are no colleagues in the team to hand over to yet (synchronise once a colleague has joined).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Læs overdragelsen igennem, og vælg kollegaen, der overtager borgeren. Borgeren skal ikke fortælle sin historie igen.</source>
        <translation>Read the handover through and choose the colleague who takes the citizen over. The citizen should not have to tell their story again.</translation>
    </message>
</context>
<context>
    <name>InviteCodeBox</name>
    <message>
        <location filename="../../ui/sync/invite_code_box.py" line="+21"/>
        <source>&amp;Invitationskode:</source>
        <translation>&amp;Invite code:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitationskode</source>
        <translation>Invite code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kopiér</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopiér invitationskoden</source>
        <translation>Copy the invite code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kopieret</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Om invitationskoden</source>
        <translation>About the invite code</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Koden er en nøgle: den lukker én maskine ind i teamet og gælder i %n dag(e). Den vises kun nu, så giv den direkte til den kollega, den er til.</source>
        <translation>
            <numerusform>The code is a key: it lets one machine into the team and is valid for %n day. It is shown only now, so give it directly to the colleague it is for.</numerusform>
            <numerusform>The code is a key: it lets one machine into the team and is valid for %n days. It is shown only now, so give it directly to the colleague it is for.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kopieret – indsæt den hos kollegaen under Team → Deltag i team.</source>
        <translation>Copied – paste it on your colleague&apos;s machine under Team → Join team.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../ui/sync/invite_dialog.py" line="+22"/>
        <source>Invitér</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lav en invitationskode til en ny kollega eller til en ny maskine. Hver kode lukker én maskine ind i teamet.</source>
        <translation>Make an invite code for a new colleague or a new machine. Each code lets one machine into the team.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valgfrit: kollegaens brugernavn på serveren</source>
        <translation>optional: your colleague&apos;s user name on the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kun til brugeren</source>
        <translation>Only for the user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tom: koden kan bruges af enhver bruger på serveren</source>
        <translation>Empty: any user on the server can use the code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kun til &amp;brugeren:</source>
        <translation>Only for &amp;user:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Lav kode</source>
        <translation>&amp;Make code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lav invitationskode</source>
        <translation>Make an invite code</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Serveren kan ikke nås lige nu; der er ikke lavet nogen kode.</source>
        <translation>The server cannot be reached right now; no code has been made.</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <location filename="../../ui/sync/join_team_dialog.py" line="+21"/>
        <source>Deltag i team</source>
        <translation>Join team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv serverens adresse, og indsæt den invitationskode, en kollega i teamet har lavet til dig. En kode gælder for én maskine.</source>
        <translation>Enter the server&apos;s address and paste the invite code a colleague in the team made for you. A code is good for one machine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serveradresse</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En PostgreSQL-forbindelsesstreng</source>
        <translation>A PostgreSQL connection string</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indsæt koden her</source>
        <translation>Paste the code here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitationskode</source>
        <translation>Invite code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Serveradresse:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invitationskode:</source>
        <translation>&amp;Invite code:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Du er med i teamet</source>
        <translation>You are in the team</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Deltag</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deltag i teamet</source>
        <translation>Join the team</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skriv serverens adresse.</source>
        <translation>Enter the server&apos;s address.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indsæt invitationskoden.</source>
        <translation>Paste the invite code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serveren kan ikke nås lige nu; databasen er ikke kommet med i teamet, så prøv igen senere.</source>
        <translation>The server cannot be reached right now; the database has not joined the team, so try again later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Melder databasen ind i teamet …</source>
        <translation>Joining the team …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databasen er nu med i teamet (som {role}). Teamets data kommer, når den kollega, der inviterede dig, har synkroniseret; derefter henter caseapp dem selv ved næste synkronisering (eller med Ctrl+Shift+S).</source>
        <translation>The database is now in the team (as {role}). The team&apos;s data arrives once the colleague who invited you has synced; caseapp then fetches it by itself at the next sync (or with Ctrl+Shift+S).</translation>
    </message>
</context>
<context>
    <name>LeaveTeamDialog</name>
    <message>
        <location filename="../../ui/sync/leave_team_dialog.py" line="+16"/>
        <source>Forlad team</source>
        <translation>Leave team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vil du forlade teamet »{name}«?</source>
        <translation>Do you want to leave the team “{name}”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vil du forlade teamet?</source>
        <translation>Do you want to leave the team?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasen holder op med at sende og hente ændringer. Dine egne borgere bliver her. De borgere, kolleger har oprettet og delt med dig, slettes fra denne maskine (med en kvittering), undtagen en borger med underskrevne notater herfra, som ikke er ført i fagsystemet. Vil du med igen senere, skal du have en ny invitationskode.</source>
        <translation>The database stops sending and fetching changes. Your own citizens stay here. The citizens colleagues created and shared with you are deleted from this machine (with a receipt), except a citizen with signed notes written here that have not been entered in the case management system. To rejoin later, you need a new invite code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hvad der sker</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forlad teamet</source>
        <translation>&amp;Leave the team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forlad teamet</source>
        <translation>Leave the team</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Serveren kan ikke nås lige nu; databasen er stadig med i teamet, så prøv igen senere.</source>
        <translation>The server cannot be reached right now; the database is still in the team, so try again later.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/shell/lock_screen.py" line="+26"/>
        <source>caseapp er låst</source>
        <translation>caseapp is locked</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Skriv din adgangskode for at fortsætte.</source>
        <translation>Enter your password to continue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der er ikke valgt en adgangskode. Vælg en under Indstillinger.</source>
        <translation>No password has been chosen. Choose one under Settings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forkert adgangskode.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="+87"/>
        <location line="+261"/>
        <source>caseapp</source>
        <translation>caseapp</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Om caseapp</source>
        <translation>&amp;About caseapp</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Der er ændringer, som ikke er gemt. Vil du kassere dem?</source>
        <translation>There are unsaved changes. Do you want to discard them?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>caseapp {version}</source>
        <translation>caseapp {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Din egen sagsstamme, ugeplan, mål, dagbogsnotater og statusbeskrivelser – krypteret og offline.</source>
        <translation>Your own caseload, weekly plan, goals, diary notes and status descriptions – encrypted and offline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Om caseapp</source>
        <translation>About caseapp</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/followup/meeting_dialog.py" line="+36"/>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slags møde</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klokken</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varighed i minutter</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fx Mødelokale 2, hjemme hos borgeren</source>
        <translation>e.g. Meeting room 2, at the citizen&apos;s home</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deltagere fra netværket</source>
        <translation>Participants from the network</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kolleger, adskilt med komma</source>
        <translation>Colleagues, separated by commas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Andre kolleger, adskilt med komma</source>
        <translation>Other colleagues, separated by commas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tovholder</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Slags</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Klokken</source>
        <translation>T&amp;ime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Varighed</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ted</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Netværk</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>K&amp;olleger</source>
        <translation>C&amp;olleagues</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Andre</source>
        <translation>Ot&amp;hers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tovholder</source>
        <translation>Coo&amp;rdinator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kolleger fra teamet</source>
        <translation>Colleagues from the team</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../ui/followup/meetings_panel.py" line="+35"/>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nyt mø&amp;de …</source>
        <translation>New meetin&amp;g …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refera&amp;t …</source>
        <translation>Minu&amp;tes …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Møder med netværket</source>
        <translation>Meetings with the network</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tovholder</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Færdigt {date}</source>
        <translation>Finished {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mødet er ikke holdt</source>
        <translation>Not held yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../ui/sync/members_dialog.py" line="+32"/>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Henter teamets medlemmer fra serveren …</source>
        <translation>Fetching the team&apos;s members from the server …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Om listen</source>
        <translation>About the list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teamets medlemmer</source>
        <translation>The team&apos;s members</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Fjern medlem …</source>
        <translation>&amp;Remove member …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern det valgte medlem</source>
        <translation>Remove the selected member</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Serveren kan ikke nås lige nu; medlemslisten kan ikke hentes.</source>
        <translation>The server cannot be reached right now; the member list cannot be fetched.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Du er teamets opretter: vælg et medlem for at fjerne det.</source>
        <translation>You founded the team: select a member to remove them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kun teamets opretter kan fjerne medlemmer.</source>
        <translation>Only the team&apos;s founder can remove members.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Serveren kan ikke nås lige nu; ingen er fjernet fra teamet.</source>
        <translation>The server cannot be reached right now; no one has been removed from the team.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjerner medlemmet og skifter teamets nøgle …</source>
        <translation>Removing the member and changing the team&apos;s key …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{role} er fjernet, og teamets nøgle er skiftet.</source>
        <translation>{role} has been removed, and the team&apos;s key has been changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fjern medlem</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern {role} fra teamet? Teamets nøgle skiftes, så {role} ikke kan læse det, der skrives herefter; det, der allerede er hentet, bliver på medlemmets maskine.</source>
        <translation>Remove {role} from the team? The team&apos;s key is changed, so {role} cannot read what is written from now on; what has already been fetched stays on the member&apos;s machine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fjern {role}</source>
        <translation>Remove {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Fjern medlemmet</source>
        <translation>Remove the member</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../ui/sync/members_model.py" line="+18"/>
        <location line="+27"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Rolle i teamet</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maskiner</source>
        <translation>Machines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ikke godkendt endnu</source>
        <translation>not approved yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spærret</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fjernet</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opretter</source>
        <translation>Founder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ingen maskiner</source>
        <translation>no machines</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{role} (dig)</source>
        <translation>{role} (you)</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../ui/followup/minutes_dialog.py" line="+53"/>
        <source>Referat – {kind}</source>
        <translation>Minutes – {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <source>Aftaler</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Hvad er aftalt</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvem har ansvaret</source>
        <translation>Who is responsible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aftalen har en frist</source>
        <translation>The agreement has a deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frist for aftalen</source>
        <translation>Deadline of the agreement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bliver en handling under delmålet</source>
        <translation>Becomes an action under the sub-goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen handling i planen</source>
        <translation>No action in the plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tilføj aftale</source>
        <translation>&amp;Add agreement</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Referatet er &amp;færdigt</source>
        <translation>The minutes are &amp;finished</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Referat som &amp;PDF …</source>
        <translation>Minutes as &amp;PDF …</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Aftalen er &amp;udført</source>
        <translation>Mark d&amp;one</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Dagsorden og referat</source>
        <translation>Agenda and minutes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tovholder: {name}</source>
        <translation>Coordinator: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Hvad</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;vem</source>
        <translation>W&amp;ho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fr&amp;ist</source>
        <translation>D&amp;eadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delmål</source>
        <translation>Su&amp;b-goal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I planen</source>
        <translation>In the plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Udført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Gem referatet som PDF</source>
        <translation>Save the minutes as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MonthSummaryDialog</name>
    <message>
        <location filename="../../ui/diary/month_summary_dialog.py" line="+71"/>
        <source>Månedsopsamling – {name}</source>
        <translation>Monthly summary – {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Månedsopsamling for {name}</source>
        <translation>Monthly summary for {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Læs månedens notater for hvert delmål, skriv et kort resumé og giv en vurdering. Opsamlingen gemmes som kladder, som underskrives i Dagbogen.</source>
        <translation>Read the month&apos;s notes for each sub-goal, write a short summary and give a rating. The summary is saved as drafts, which are signed in the Diary.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem opsamling</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+42"/>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Borgeren har ingen aktive delmål og ingen notater i {month}.</source>
        <translation>The citizen has no active sub-goals and no notes in {month}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 underskrevet notat i {month}.</source>
        <translation>1 signed note in {month}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} underskrevne notater i {month}.</source>
        <translation>{count} signed notes in {month}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Der er ingen opsamling eller vurdering at gemme.</source>
        <translation>There is no summary or rating to save.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opsamlingen for {month} er gemt som kladder – underskriv dem i Dagbogen.</source>
        <translation>The summary for {month} has been saved as drafts – sign them in the Diary.</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../ui/citizen/network_panel.py" line="+26"/>
        <source>Tilføj person …</source>
        <translation>Add person …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilføj samtykke …</source>
        <translation>Add consent …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gennemgå …</source>
        <translation>Re&amp;view …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gennemgå samtykker</source>
        <translation>Review consents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Netværk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samtykker</source>
        <translation>Consents</translation>
    </message>
</context>
<context>
    <name>NoteAppointmentBox</name>
    <message>
        <location filename="../../ui/diary/note_appointment_box.py" line="+30"/>
        <source>(ingen aftale)</source>
        <translation>(no appointment)</translation>
    </message>
</context>
<context>
    <name>NoteDetail</name>
    <message>
        <location filename="../../ui/diary/note_detail.py" line="+30"/>
        <source>Det valgte notat</source>
        <translation>The chosen note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ret</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv en rettelse. Det underskrevne notat bevares uændret, og begge ses i historikken.</source>
        <translation>Write a correction. The signed note is kept unchanged, and both are shown in the history.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv videre</source>
        <translation>Continue writing</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Underskrevet – kan ikke ændres, kun rettes.</source>
        <translation>Signed – cannot be changed, only corrected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kladde – ikke underskrevet endnu.</source>
        <translation>Draft – not signed yet.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Underskrevet {when}</source>
        <translation>Signed {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skrevet af {name}</source>
        <translation>written by {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ført i fagsystem {date}</source>
        <translation>entered in the case management system {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ikke ført i fagsystem</source>
        <translation>not entered in the case management system</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ikke knyttet til et delmål</source>
        <translation>Not linked to a sub-goal</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Historik (%n version(er))</source>
        <translation>
            <numerusform>History (%n version)</numerusform>
            <numerusform>History (%n versions)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oprindeligt notat</source>
        <translation>Original note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rettelse {n}</source>
        <translation>Correction {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>underskrevet {when}</source>
        <translation>signed {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kladde</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (vist ovenfor)</source>
        <translation> (shown above)</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/diary/note_editor.py" line="+74"/>
        <location line="+98"/>
        <location line="+124"/>
        <source>Nyt notat</source>
        <translation>New note</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Hvad så eller hørte du? Beskriv observationen – fx »Hans svarede ikke på Pias henvendelser«.</source>
        <translation>What did you see or hear? Describe the observation – e.g. “Hans did not answer Pia&apos;s messages”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notatets tekst</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kassér</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kassér kladden (teksten slettes)</source>
        <translation>Discard the draft (the text is deleted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem kladde</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem (Ctrl+S). Kladden gemmes også af sig selv.</source>
        <translation>Save (Ctrl+S). The draft is also saved automatically.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underskriv</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underskriv (Ctrl+Enter). Et underskrevet notat kan ikke ændres, kun rettes.</source>
        <translation>Sign (Ctrl+Enter). A signed note cannot be changed, only corrected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ret</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv en rettelse. Det oprindelige notat bevares uændret.</source>
        <translation>Write a correction. The original note is kept unchanged.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftale</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Rettelse (kladde)</source>
        <translation>Correction (draft)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+116"/>
        <source>Kladde</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Kun underskrevne notater rettes; en kladde redigeres direkte.</source>
        <translation>Only signed notes are corrected; a draft is edited directly.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rettelse af notat fra {when}</source>
        <translation>Correction of note from {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rettelsen gemmes som en ny version; det oprindelige notat bevares.</source>
        <translation>The correction is saved as a new version; the original note is kept.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Kladden er gemt kl. {time}.</source>
        <translation>The draft was saved at {time}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Notatet er underskrevet kl. {time}. Det kan ikke fortrydes; ret det med »Ret«.</source>
        <translation>The note was signed at {time}. This cannot be undone; correct it with “Correct”.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kladden er kasseret.</source>
        <translation>The draft has been discarded.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kassér kladde</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vil du kassere kladden? Teksten slettes.</source>
        <translation>Do you want to discard the draft? The text will be deleted.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Underskrevet {when}</source>
        <translation>Signed {when}</translation>
    </message>
</context>
<context>
    <name>NoteGoalChecks</name>
    <message>
        <location filename="../../ui/diary/note_goal_checks.py" line="+23"/>
        <source>Borgeren har ingen aktive delmål.</source>
        <translation>The citizen has no active sub-goals.</translation>
    </message>
</context>
<context>
    <name>NoteHintsView</name>
    <message>
        <location filename="../../ui/diary/note_hints_view.py" line="+41"/>
        <source>Hvorfor: {reason}</source>
        <translation>Why: {reason}</translation>
    </message>
</context>
<context>
    <name>NoteLengthLabel</name>
    <message>
        <location filename="../../ui/diary/note_length_label.py" line="+26"/>
        <source>{chars} af højst {limit} tegn</source>
        <translation>{chars} of at most {limit} characters</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n ord</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteQuestionsButton</name>
    <message>
        <location filename="../../ui/diary/note_questions_button.py" line="+26"/>
        <source>De fire spørgsmål til al dokumentation</source>
        <translation>The four questions for all documentation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Før du skriver</source>
        <translation>Before you write</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kvalitet og dokumentation, Social Udvikling</source>
        <translation>Quality and documentation, Social Development</translation>
    </message>
</context>
<context>
    <name>NotesFilterBar</name>
    <message>
        <location filename="../../ui/diary/notes_filter_bar.py" line="+46"/>
        <source>Søg i notaterne …</source>
        <translation>Search the notes …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tidslinje</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notater, aftaler og vurderinger i én tidslinje – den røde tråd</source>
        <translation>Notes, appointments and ratings in one timeline – the common thread</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hele perioden</source>
        <translation>The whole period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seneste 30 dage</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seneste 3 måneder</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidste måned</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg periode …</source>
        <translation>Choose period …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kladder og underskrevne</source>
        <translation>Drafts and signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kun kladder</source>
        <translation>Drafts only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kun underskrevne</source>
        <translation>Signed only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke ført i fagsystem</source>
        <translation>Not entered in case management system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underskrevne notater, der endnu ikke er overført</source>
        <translation>Signed notes that have not been transferred yet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Søg i notaterne</source>
        <translation>Search the notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notattype</source>
        <translation>Note type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skrevet af</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kladder eller underskrevne</source>
        <translation>Drafts or signed</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Alle delmål</source>
        <translation>All sub-goals</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Uden delmål</source>
        <translation>Without sub-goal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle forfattere</source>
        <translation>All authors</translation>
    </message>
</context>
<context>
    <name>OfficialCopy</name>
    <message>
        <location filename="../../ui/diary/official_copy.py" line="+41"/>
        <source>Vælg et eller flere notater i listen først.</source>
        <translation>Select one or more notes in the list first.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n notat(er) er kopieret som tekst.</source>
        <translation>
            <numerusform>%n note is copied as text.</numerusform>
            <numerusform>%n notes are copied as text.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kladder markeres ikke som ført – underskriv dem først.</source>
        <translation>Drafts are not marked as entered – sign them first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} markeret som ført i fagsystem i dag.</source>
        <translation>{count} marked as entered in the case management system today.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kopieret</source>
        <translation>Copied</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Teksten er kopieret. Markér %n notat(er) som ført i fagsystem i dag?</source>
        <translation>
            <numerusform>The text is copied. Mark %n note as entered in the case management system today?</numerusform>
            <numerusform>The text is copied. Mark %n notes as entered in the case management system today?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/citizen/overview_tab.py" line="+45"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fortryd ændringer</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Sagen er afsluttet og kan kun læses. Vælg Genåbn øverst for at ændre i den.</source>
        <translation>The case is closed and read-only. Choose Reopen at the top to change it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ikke gemte ændringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ret de markerede felter for at kunne gemme</source>
        <translation>Correct the marked fields to be able to save</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Gemt. %n felt(er) var ændret af en kollega imens; begge værdier ligger under Team → Konflikter.</source>
        <translation>
            <numerusform>Saved. %n field had been changed by a colleague meanwhile; both values are under Team → Conflicts.</numerusform>
            <numerusform>Saved. %n fields had been changed by a colleague meanwhile; both values are under Team → Conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ikke gemte ændringer · en kollega har ændret et felt, du er ved at rette</source>
        <translation>Unsaved changes · a colleague changed a field you are editing</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="+11"/>
        <source>caseapp – adgangsfrase</source>
        <translation>caseapp – passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adgangsfrase til databasen:</source>
        <translation>Database passphrase:</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/common/pdf_preview_dialog.py" line="+65"/>
        <source>Vis udskrift – {title}</source>
        <translation>Print preview – {title}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} sider</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Side {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Siderne</source>
        <translation>The pages</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Gem som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Printeren kunne ikke startes; intet blev udskrevet.</source>
        <translation>The printer could not be started; nothing was printed.</translation>
    </message>
</context>
<context>
    <name>PlanCapNote</name>
    <message>
        <location filename="../../ui/plan/plan_cap_note.py" line="+30"/>
        <source>„Mange sociale tilbud har vedtaget, at hver enkelt borger kun må have to delmål samtidigt.“ Loftet ændres under Indstillinger.</source>
        <translation>“Many social services have decided that each citizen may only have two sub-goals at a time.” The cap is changed under Settings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Borgeren har endnu ingen mål. Begynd med borgerens eget langsigtede mål – med borgerens egne ord.</source>
        <translation>The citizen has no goals yet. Start with the citizen&apos;s own long-term goal – in the citizen&apos;s own words.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{active} aktive delmål nu – loftet er {cap}. Mange tilbud arbejder med højst {cap} ad gangen, så hverken borgeren eller I mister overblikket. Sæt et delmål til »Senere« eller på pause.</source>
        <translation>{active} active sub-goals now – the cap is {cap}. Many services work with at most {cap} at a time, so neither the citizen nor you lose track. Set a sub-goal to “Later” or pause it.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n aktive delmål nu (loft: {cap})</source>
        <translation>
            <numerusform>%n active sub-goal now (cap: {cap})</numerusform>
            <numerusform>%n active sub-goals now (cap: {cap})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/plan/plan_editor.py" line="+104"/>
        <source>{reason} Fortryd-historikken er ryddet, så planen og historikken passer sammen.</source>
        <translation>{reason} The undo history has been cleared so that the plan and the history match.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Målet er arkiveret, fordi der er notater knyttet til det. Notaterne beholder deres link og historik; Fortryd (Ctrl+Z) henter målet tilbage.</source>
        <translation>The goal has been archived because notes are linked to it. The notes keep their link and history; Undo (Ctrl+Z) brings the goal back.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nyt langsigtet mål</source>
        <translation>New long-term goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nyt indsatsmål</source>
        <translation>New effort goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nyt delmål</source>
        <translation>New sub-goal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tilføj {level}</source>
        <translation>Add {level}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delmålet er sat til »Senere«, fordi der allerede er %n aktive delmål nu (loftet er {cap}).</source>
        <translation>
            <numerusform>The sub-goal is set to “Later” because there is already %n active sub-goal now (the cap is {cap}).</numerusform>
            <numerusform>The sub-goal is set to “Later” because there are already %n active sub-goals now (the cap is {cap}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ny indsats</source>
        <translation>New action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilføj indsats</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ret mål</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ret indsats</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sæt flueben</source>
        <translation>Tick</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fjern flueben</source>
        <translation>Untick</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vurdér fremskridt</source>
        <translation>Rate progress</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fjern vurdering</source>
        <translation>Remove rating</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Slet indsats</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slet mål</source>
        <translation>Delete goal</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Flyt mål</source>
        <translation>Move goal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indsatser står efter deres frist. Ret fristen, eller træk indsatsen hen til et andet delmål.</source>
        <translation>Actions are ordered by their deadline. Change the deadline, or drag the action to another sub-goal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Målet står allerede øverst i planen.</source>
        <translation>The goal is already at the top of the plan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Der er intet mål lige over dette, som det kan rykkes ind under.</source>
        <translation>There is no goal just above this one to indent it under.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Et mål kan ikke stå under en indsats.</source>
        <translation>A goal cannot be placed under an action.</translation>
    </message>
</context>
<context>
    <name>PlanProgress</name>
    <message>
        <location filename="../../ui/plan/plan_progress.py" line="+23"/>
        <source>Fremskridt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vurdér fremskridt …</source>
        <translation>Rate progress …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borgerens egen vurdering (1-10), funktionsniveau (FFB 0-4) eller målopfyldelse (GAS)</source>
        <translation>The citizen&apos;s own rating (1-10), functional level (FFB 0-4) or goal attainment (GAS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern seneste</source>
        <translation>Remove latest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern den seneste vurdering, hvis den er givet ved en fejl (Fortryd henter den)</source>
        <translation>Remove the latest rating if it was given by mistake (Undo brings it back)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Sæt flueben</source>
        <translation>Tick</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fjern flueben</source>
        <translation>Untick</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delmålet er ikke nået alligevel: gør det aktivt igen</source>
        <translation>The sub-goal has not been reached after all: make it active again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markér delmålet som opnået</source>
        <translation>Mark the sub-goal as achieved</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>borgeren {value}/10</source>
        <translation>citizen {value}/10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FFB {value}</source>
        <translation>FFB {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAS {value}</source>
        <translation>GAS {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Seneste: {parts}</source>
        <translation>Latest: {parts}</translation>
    </message>
</context>
<context>
    <name>PlanSidePanel</name>
    <message>
        <location filename="../../ui/plan/plan_side_panel.py" line="+28"/>
        <source>Vælg et mål eller en indsats i planen for at se det hele og rette i det.

Tilføj med knapperne ovenfor eller tasten Insert.</source>
        <translation>Select a goal or an action in the plan to see all of it and edit it.

Add with the buttons above or the Insert key.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../ui/plan/plan_tab.py" line="+66"/>
        <source>Mål og indsatser</source>
        <translation>Goals and actions</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+363"/>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>Tilføj under det valgte (Insert)</source>
        <translation>Add under the selected item (Insert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nyt langsigtet mål</source>
        <translation>New long-term goal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Borgerens eget mål på lang sigt</source>
        <translation>The citizen&apos;s own long-term goal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slet det valgte (Delete)</source>
        <translation>Delete the selected item (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopiér som tekst</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planen som ren tekst til udklipsholderen – klar til at sætte ind i fagsystemet</source>
        <translation>The plan as plain text on the clipboard – ready to paste into the case management system</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Udskriv plan</source>
        <translation>Print plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planen på én A4-side som PDF, til borgeren</source>
        <translation>The plan on one A4 page as PDF, for the citizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert: tilføj · Delete: slet · Ctrl+↑↓: flyt · Ctrl+←→: ryk ud/ind · F2: ret tekst · træk for at flytte</source>
        <translation>Insert: add · Delete: delete · Ctrl+↑↓: move · Ctrl+←→: outdent/indent · F2: edit text · drag to move</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Ændringen blev ikke gemt: {problem}</source>
        <translation>The change was not saved: {problem}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Vurderingen er gemt.</source>
        <translation>The rating has been saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vurderingen er fjernet; Fortryd (Ctrl+Z) henter den tilbage.</source>
        <translation>The rating has been removed; Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planen er kopieret som ren tekst – sæt den ind i fagsystemet med Ctrl+V.</source>
        <translation>The plan has been copied as plain text – paste it into the case management system with Ctrl+V.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Planen er gemt som PDF: {link} – åbn den for at se den eller udskrive den.</source>
        <translation>The plan has been saved as PDF: {link} – open it to view or print it.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Fortryd: {what} (Ctrl+Z)</source>
        <translation>Undo: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intet at fortryde</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gentag: {what} (Ctrl+Shift+Z)</source>
        <translation>Redo: {what} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intet at gentage</source>
        <translation>Nothing to redo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilføj langsigtet mål</source>
        <translation>Add long-term goal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Tilføj indsats</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tilføj indsatsmål</source>
        <translation>Add effort goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilføj delmål</source>
        <translation>Add sub-goal</translation>
    </message>
</context>
<context>
    <name>PlanWeekDialog</name>
    <message>
        <location filename="../../ui/week/plan_week_dialog.py" line="+51"/>
        <source>Planlæg min uge</source>
        <translation>Plan my week</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beregner forslag til uge {week} …</source>
        <translation>Working out suggestions for week {week} …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forslag</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kunne ikke placeres</source>
        <translation>Could not be placed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vælg alle</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fravælg alle</source>
        <translation>Deselect all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Book de valgte</source>
        <translation>Book the selected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kontortid: mål {target}, booket {booked}, foreslået {proposed}.</source>
        <translation>Office time: target {target}, booked {booked}, suggested {proposed}.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n forslag til uge {week}. Fjern fluebenet ved dem, du ikke vil have.</source>
        <translation>
            <numerusform>%n proposal for week {week}. Untick it if you do not want it.</numerusform>
            <numerusform>%n proposals for week {week}. Untick the ones you do not want.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n borger(e) har allerede en tid i ugen.</source>
        <translation>
            <numerusform>%n citizen already has a time this week.</numerusform>
            <numerusform>%n citizens already have a time this week.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Lukket: {days}.</source>
        <translation>Closed: {days}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> · {n} min. forberedelse</source>
        <translation> · {n} min. preparation</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../ui/plan/progress_chart.py" line="+56"/>
        <source>Borgerens egen vurdering (venstre akse) og personalets vurdering (højre akse) over tid. Begge akser vender, så opad altid er fremgang.</source>
        <translation>The citizen&apos;s own rating (left axis) and the staff&apos;s rating (right axis) over time. Both axes are oriented so that up is always progress.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Borgerens egen vurdering, 1-10 (venstre akse)</source>
        <translation>The citizen&apos;s own rating, 1-10 (left axis)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personalets vurdering, FFB 0-4, 0 er bedst (højre akse)</source>
        <translation>The staff&apos;s rating, FFB 0-4, 0 is best (right axis)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personalets målopfyldelse, GAS −2 til +2 (højre akse)</source>
        <translation>The staff&apos;s goal attainment, GAS −2 to +2 (right axis)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personalets målopfyldelse, GAS: −2 nederst, +2 øverst</source>
        <translation>The staff&apos;s goal attainment, GAS: −2 at the bottom, +2 at the top</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ingen vurderinger endnu.</source>
        <translation>No ratings yet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ingen vurderinger endnu.
Brug »Vurdér fremskridt …« for at give den første.</source>
        <translation>No ratings yet.
Use “Rate progress …” to give the first one.</translation>
    </message>
</context>
<context>
    <name>PurgedNotesCard</name>
    <message>
        <location filename="../../ui/today/purged_notes_card.py" line="+39"/>
        <source>Ikke ført – borger slettet</source>
        <translation>Not entered – citizen deleted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borgeren er slettet i teamet, før disse underskrevne notater herfra var ført i fagsystemet. Før notatet i fagsystemet, og markér det så som ført: så slettes det her.</source>
        <translation>The citizen was deleted in the team before these signed notes written here were entered in the case management system. Enter the note in the case management system, then mark it as entered: it is then deleted here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ikke førte notater om slettede borgere</source>
        <translation>Notes about deleted citizens not entered</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notatets tekst</source>
        <translation>The note&apos;s text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kopiér teksten</source>
        <translation>&amp;Copy the text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopiér notatets tekst til udklipsholderen</source>
        <translation>Copy the note&apos;s text to the clipboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Markér som ført…</source>
        <translation>&amp;Mark as entered…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markér notatet som ført i fagsystemet og slet det her</source>
        <translation>Mark the note as entered in the case management system and delete it here</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ikke ført – borger slettet ({count})</source>
        <translation>Not entered – citizen deleted ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{case} · underskrevet {date}: {text}</source>
        <translation>{case} · signed {date}: {text}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ført i fagsystemet</source>
        <translation>Entered in the case management system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er notatet ført i fagsystemet? Det slettes nu for altid fra denne computer.</source>
        <translation>Has the note been entered in the case management system? It will now be deleted from this computer for good.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja, det er ført</source>
        <translation>Yes, it is entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuickNoteWindow</name>
    <message>
        <location filename="../../ui/diary/quick_note_window.py" line="+35"/>
        <source>Hurtignotat</source>
        <translation>Quick note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vælg borger …</source>
        <translation>Choose citizen …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../ui/plan/rating_dialog.py" line="+35"/>
        <source>Vurdér fremskridt</source>
        <translation>Rate progress</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hvad bygger vurderingen på? (valgfrit)</source>
        <translation>What is the rating based on? (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gem vurdering</source>
        <translation>Save rating</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vurdering</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vurderet af</source>
        <translation>Rated by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Borgerens egen vurdering: 1 er dårligst, 10 er bedst.</source>
        <translation>The citizen&apos;s own rating: 1 is worst, 10 is best.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funktionsniveau: 0 = ingen begrænsninger, 4 = totale begrænsninger.</source>
        <translation>Functional level: 0 = no limitations, 4 = total limitations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Målopfyldelse: 0 = som forventet, +2 = meget bedre, −2 = meget dårligere.</source>
        <translation>Goal attainment: 0 = as expected, +2 = much better, −2 = much worse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>borger</source>
        <translation>citizen</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../ui/status/report_actions.py" line="+50"/>
        <source>Udskriv alle &amp;statusbeskrivelser …</source>
        <translation>Print all &amp;status descriptions …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Udskriv &amp;overblik over sagsstammen …</source>
        <translation>Print caseload &amp;overview …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Teamets sagsstamme …</source>
        <translation>The team&apos;s c&amp;aseload …</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Overblik over sagsstammen</source>
        <translation>Caseload overview</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/shell/search_dialog.py" line="+36"/>
        <location line="+7"/>
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Søg i borgere, mål og notater …</source>
        <translation>Search citizens, goals and notes …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Søgeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ingen fund.</source>
        <translation>No results.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fund</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="+41"/>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source> dage</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Dage fra en sag afsluttes, til borgeren slettes</source>
        <translation>Days from a case being closed until the citizen is deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> mdr.</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Måneder adgangsloggen gemmes</source>
        <translation>Months the access log is kept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dage egne sendte teamændringer gemmes</source>
        <translation>Days your own sent team changes are kept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I et team: så længe efter, at serveren har bekræftet dine ændringer, gemmes de her, så de kan sendes igen, hvis serveren mister dem (en genskabt eller skiftet server).</source>
        <translation>In a team: for this long after the server has confirmed your changes, they are kept here, so they can be sent again if the server loses them (a restored or replaced server).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uger før en indsats slutter, hvor Planlæg min uge foreslår at ringe til leverandøren</source>
        <translation>Weeks before an effort ends when Plan my week proposes calling the provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spørg, før et notat underskrives</source>
        <translation>Ask before a note is signed</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source> dag(e)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> uge(r) før en indsats slutter</source>
        <translation>
            <numerusform> week before an effort ends</numerusform>
            <numerusform> weeks before an effort ends</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Arbejdstid fra</source>
        <translation>Working hours from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbejdstid til</source>
        <translation>Working hours to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sproget skifter, næste gang caseapp starter.</source>
        <translation>The language changes the next time caseapp starts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lås efter</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard kontaktrytme</source>
        <translation>Default contact cadence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loft over aktive delmål</source>
        <translation>Cap on active sub-goals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbejdstid</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring til leverandøren</source>
        <translation>Call the provider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slet afsluttede sager efter</source>
        <translation>Delete closed cases after</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gem adgangsloggen i</source>
        <translation>Keep the access log for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem egne teamændringer i</source>
        <translation>Keep your own team changes for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny adgangskode</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentag adgangskode</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Borgere delt med teamet slettes {days} dage efter afslutningen: teamets opbevaringstid, som den, der oprettede teamet, sætter.</source>
        <translation>Citizens shared with the team are deleted {days} days after the case is closed: the team's retention period, set by whoever created the team.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skriv dit navn.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbejdstiden skal slutte efter den begynder.</source>
        <translation>The working hours must end after they begin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adgangskoden skal have mindst {n} tegn.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/shell/sidebar.py" line="+36"/>
        <source>Sider</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uge</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagsstamme</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Søg  (Ctrl+F)</source>
        <translation>Search  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lås  (Ctrl+L)</source>
        <translation>Lock  (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>caseapp</source>
        <translation>caseapp</translation>
    </message>
</context>
<context>
    <name>StatusEditor</name>
    <message>
        <location filename="../../ui/status/status_editor.py" line="+76"/>
        <source>Hvordan er perioden gået samlet set?</source>
        <translation>How has the period gone overall?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Med borgerens egne ord: hvordan synes borgeren, det er gået?</source>
        <translation>In the citizen&apos;s own words: how does the citizen think it has gone?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvad skal der ske nu, og hvem gør hvad?</source>
        <translation>What happens now, and who does what?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gennemgået med borgeren den</source>
        <translation>Reviewed with the citizen on</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vælg en statusbeskrivelse, eller lav en ny.</source>
        <translation>Select a status description, or make a new one.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+53"/>
        <source>Periode fra</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Periode til</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Borgerens langsigtede mål</source>
        <translation>The citizen&apos;s long-term goal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samlet vurdering</source>
        <translation>Overall assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borgerens egen vurdering</source>
        <translation>The citizen&apos;s own assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Næste skridt</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Indsatsmål og delmål</source>
        <translation>Effort goals and sub-goals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samlet vurdering og næste skridt</source>
        <translation>Overall assessment and next steps</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Der er ikke skrevet et langsigtet mål endnu.</source>
        <translation>No long-term goal has been written yet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Der er endnu ikke formuleret indsatsmål eller delmål for borgeren, så der er ingen mål at evaluere i perioden.</source>
        <translation>No effort goals or sub-goals have been written for the citizen yet, so there are no goals to evaluate in the period.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Perioden slutter før den begynder; ret datoerne.</source>
        <translation>The period ends before it begins; correct the dates.</translation>
    </message>
</context>
<context>
    <name>StatusGoalBox</name>
    <message>
        <location filename="../../ui/status/status_goal_box.py" line="+32"/>
        <source>Indsatsmål</source>
        <translation>Effort goal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vurdering af indsatsmålet</source>
        <translation>Assessment of the effort goal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hvad er nået, hvad ikke, og hvorfor? Beskriv det, I har set.</source>
        <translation>What has been achieved, what has not, and why? Describe what you have seen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Forslag hentet fra opsamlingen; ret det til sammen med borgeren før statusmødet.</source>
        <translation>Suggestion taken from the monthly summary; adjust it together with the citizen before the status meeting.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ambition: {ambition}</source>
        <translation>Ambition: {ambition}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist: {date}</source>
        <translation>Deadline: {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Borgerens egen vurdering (1-10)</source>
        <translation>The citizen&apos;s own rating (1-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalets vurdering (FFB 0-4, 0 er bedst)</source>
        <translation>The staff&apos;s rating (FFB 0-4, 0 is best)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fremgang</source>
        <translation>progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tilbagegang</source>
        <translation>decline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>uændret</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opsamlinger i perioden ({count}):</source>
        <translation>Monthly summaries in the period ({count}):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>og {count} ældre</source>
        <translation>and {count} older</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <location filename="../../ui/status/status_tab.py" line="+65"/>
        <source>Statusbeskrivelser</source>
        <translation>Status descriptions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ny statusbeskrivelse</source>
        <translation>New status description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En kladde for perioden siden den sidste, udfyldt ud fra planen og de månedlige opsamlinger</source>
        <translation>A draft for the period since the last one, filled in from the plan and the monthly summaries</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lav en ny</source>
        <translation>Make a new one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En ny kladde med samme periode og tekst; den endelige forbliver, som den er</source>
        <translation>A new draft with the same period and text; the final one stays as it is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statusbeskrivelsens tilstand</source>
        <translation>Status description state</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vis udskrift …</source>
        <translation>Print preview …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+244"/>
        <source>Gør endelig …</source>
        <translation>Make final …</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Gem kladde</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gem kladde (Ctrl+S)</source>
        <translation>Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ingen statusbeskrivelser endnu.

Klik på »Ny statusbeskrivelse« for at lave en kladde ud fra planen og de månedlige opsamlinger.</source>
        <translation>No status descriptions yet.

Click “New status description” to make a draft from the plan and the monthly summaries.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Borgeren har ingen statusbeskrivelser endnu.</source>
        <translation>The citizen has no status descriptions yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Næste statusbeskrivelse skulle have været lavet senest {date}.</source>
        <translation>The next status description should have been made by {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Næste statusbeskrivelse skal laves senest {date}.</source>
        <translation>The next status description is due by {date}.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Henter planen og opsamlingerne …</source>
        <translation>Fetching the plan and the monthly summaries …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Henter opsamlingerne for perioden …</source>
        <translation>Fetching the monthly summaries for the period …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Laver en ny kladde …</source>
        <translation>Making a new draft …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ny kladde – ikke gemt endnu</source>
        <translation>New draft – not saved yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kladden er gemt kl. {time}</source>
        <translation>The draft was saved at {time}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Statusbeskrivelsen er gjort endelig</source>
        <translation>The status description has been made final</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Laver udskriften …</source>
        <translation>Making the printout …</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+62"/>
        <source>Statusbeskrivelse</source>
        <translation>Status description</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Endelig {date} – låst. En ændring kræver en ny statusbeskrivelse; den endelige forbliver, som den er.</source>
        <translation>Final {date} – locked. A change requires a new status description; the final one stays as it is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ikke gemte ændringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>En endelig statusbeskrivelse er låst og kan ikke rettes bagefter. En ændring kræver en ny.</source>
        <translation>A final status description is locked and cannot be edited afterwards. A change requires a new one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Den er ikke markeret som gennemgået med borgeren.</source>
        <translation>It is not marked as reviewed with the citizen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gør statusbeskrivelsen endelig?</source>
        <translation>Make the status description final?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gør endelig</source>
        <translation>Make final</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statusbeskrivelsen har ændringer, som ikke er gemt. Vil du kassere dem?</source>
        <translation>The status description has unsaved changes. Do you want to discard them?</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../ui/sync/sync_actions.py" line="+53"/>
        <source>&amp;Synkronisér nu</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+137"/>
        <source>&amp;Konflikter …</source>
        <translation>&amp;Conflicts …</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>&amp;Opret team …</source>
        <translation>Create &amp;team …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deltag i team …</source>
        <translation>&amp;Join team …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invitér …</source>
        <translation>&amp;Invite …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medlemmer …</source>
        <translation>&amp;Members …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forlad team …</source>
        <translation>&amp;Leave team …</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Databasen er ikke med i et team; der er intet at synkronisere.</source>
        <translation>The database is not in a team; there is nothing to sync.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Databasen har forladt teamet. {outcome}</source>
        <translation>The database has left the team. {outcome}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databasen har forladt teamet; de lokale data er bevaret.</source>
        <translation>The database has left the team; the local data is kept.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Konflikter ({count}) …</source>
        <translation>&amp;Conflicts ({count}) …</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/sync_status_widget.py" line="+19"/>
        <source>Synkronisering</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Konflikter ({count})</source>
        <translation>Conflicts ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synkroniserer …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline – dit arbejde gemmes og sendes senere</source>
        <translation>Offline – your work is saved and sent later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke synkroniseret endnu</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synkroniseret kl. {time}</source>
        <translation>Synced at {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ændring(er) venter</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team: {name}</source>
        <translation>Team: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delt med et team</source>
        <translation>Shared with a team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sidst synkroniseret {when}</source>
        <translation>Last synced {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+S synkroniserer nu</source>
        <translation>Ctrl+Shift+S syncs now</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/sync/team_dialog.py" line="-52"/>
        <source>Fejl</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>TeamViewDialog</name>
    <message>
        <location filename="../../ui/status/team_view_dialog.py" line="+30"/>
        <source>Teamets sagsstamme</source>
        <translation>The team&apos;s caseload</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Frister pr. medarbejder</source>
        <translation>Deadlines per worker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teamets delte borgere med ansvarlig</source>
        <translation>The team&apos;s shared citizens with the responsible worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Udskriv pr. medarbejder …</source>
        <translation>&amp;Print by worker …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overblikket over sagsstammen, grupperet pr. ansvarlig</source>
        <translation>The caseload overview, grouped by responsible worker</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pr. medarbejder</source>
        <translation>Per worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teamets borgere</source>
        <translation>The team&apos;s citizens</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Databasen er ikke med i et team; her ses teamets borgere, når den er.</source>
        <translation>The database is not in a team; the team&apos;s citizens are shown here once it is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{citizens} delte borgere hos {workers} ansvarlige; {late} overskredne frister.</source>
        <translation>{citizens} shared citizens with {workers} responsible workers; {late} overdue deadlines.</translation>
    </message>
</context>
<context>
    <name>TimelinessPanel</name>
    <message>
        <location filename="../../ui/week/timeliness_panel.py" line="+30"/>
        <source>Rettidighed</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>samtaler skal bookes denne uge</source>
        <translation>meetings must be booked this week</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overskredet</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingen er overskredet.</source>
        <translation>No one is overdue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfalder denne uge</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingen forfalder.</source>
        <translation>Nothing is due.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planlæg min uge …</source>
        <translation>Plan my week …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rettidighed · uge {week}</source>
        <translation>Timeliness · week {week}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>samtale skal bookes denne uge for at holde fristerne</source>
        <translation>meeting must be booked this week to keep the deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samtaler skal bookes denne uge for at holde fristerne</source>
        <translation>meetings must be booked this week to keep the deadlines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontaktrytmerne giver i snit {n} samtaler om ugen.</source>
        <translation>The contact cadences average {n} meetings a week.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Borger {id}</source>
        <translation>Citizen {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · booket {day}.{month}.</source>
        <translation> · booked {day}/{month}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} – ingen kontakt endnu</source>
        <translation>{name} – no contact yet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{name} – %n dag(e) over</source>
        <translation>
            <numerusform>{name} – %n day overdue</numerusform>
            <numerusform>{name} – %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} – senest {weekday} {day}.{month}.</source>
        <translation>{name} – by {weekday} {day}/{month}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/today/today_view.py" line="+36"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dagens aftaler</source>
        <translation>Today&apos;s appointments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingen aftaler i dag.</source>
        <translation>No appointments today.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontakt forfalden</source>
        <translation>Contact due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingen borgere venter på kontakt.</source>
        <translation>No citizens are waiting for contact.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afholdt uden notat</source>
        <translation>Held without a note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alle afholdte aftaler har et notat.</source>
        <translation>All held appointments have a note.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status inden for 30 dage</source>
        <translation>Status within 30 days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingen statusbeskrivelser forfalder.</source>
        <translation>No status descriptions are due.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kladder</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingen kladder.</source>
        <translation>No drafts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Månedsopsamling mangler</source>
        <translation>Monthly summary missing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alle måneder er samlet op.</source>
        <translation>All months have been summarised.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ikke ført i fagsystem</source>
        <translation>Not yet in the case management system</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alle underskrevne notater er ført.</source>
        <translation>Every signed note has been entered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Underskrevne notater, der tre arbejdsdage efter ikke er markeret som ført i fagsystemet</source>
        <translation>Signed notes not marked as entered in the case management system three working days later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slettes inden for 30 dage</source>
        <translation>Deleted within 30 days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingen afsluttede sager skal slettes.</source>
        <translation>No closed case is due for deletion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frister inden for en uge</source>
        <translation>Deadlines within a week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingen indsatser eller dokumenter kræver noget nu.</source>
        <translation>No effort or document needs anything now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indsatser, der udløber eller skal revurderes, og dokumenter at rykke for; alle frister står under Frister (Ctrl+5)</source>
        <translation>Efforts ending or up for review, and documents to chase; every deadline is under Deadlines (Ctrl+5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdraget til dig</source>
        <translation>Handed over to you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borgere, en kollega har overdraget til dig: åbn borgeren, læs overdragelsen og vælg »Modtag borgeren«</source>
        <translation>Citizens a colleague has handed over to you: open the citizen, read the handover and choose “Take the citizen over”</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Hele dagen</source>
        <translation>All day</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I dag, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} – senest {date}</source>
        <translation>{name} – by {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notat {when} · {name}: {text}</source>
        <translation>Note {when} · {name}: {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status {date} · {name}</source>
        <translation>Status {date} · {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} – fra {by} den {date}</source>
        <translation>{name} – from {by} on {date}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} – skulle slettes {date}</source>
        <translation>{name} – was due for deletion {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} – slettes {date}</source>
        <translation>{name} – deleted {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when} · {name} · {about}: {action}</source>
        <translation>{when} · {name} · {about}: {action}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{name} – %n notat(er), det ældste underskrevet {date}</source>
        <translation>
            <numerusform>{name} – %n note, signed {date}</numerusform>
            <numerusform>{name} – %n notes, the oldest signed {date}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} – {months}</source>
        <translation>{name} – {months}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} – ingen kontakt registreret</source>
        <translation>{name} – no contact recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} – i dag</source>
        <translation>{name} – today</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{name} – %n dag(e) over</source>
        <translation>
            <numerusform>{name} – %n day overdue</numerusform>
            <numerusform>{name} – %n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../ui/week/week_grid.py" line="+361"/>
        <source>Hele dagen</source>
        <translation>All day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Borger: {initials}</source>
        <translation>Citizen: {initials}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sted: {place}</source>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forberedelse: {minutes} min.</source>
        <translation>Preparation: {minutes} min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Del af en serie</source>
        <translation>Part of a series</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlapper en anden aftale</source>
        <translation>Overlaps another appointment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notat mangler</source>
        <translation>Note missing</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../ui/week/week_view.py" line="+131"/>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forrige (PgUp)</source>
        <translation>Previous (PgUp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå til i dag (T)</source>
        <translation>Go to today (T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Næste (PgDn)</source>
        <translation>Next (PgDn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uge</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rettidighed</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vis eller skjul panelet med navne (fx ved projektor)</source>
        <translation>Show or hide the panel with names (e.g. on a projector)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ugens aftaler</source>
        <translation>The week&apos;s appointments</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Flyt aftale</source>
        <translation>Move appointment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ændr varighed</source>
        <translation>Change duration</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{weekday} {day}. {month} {year} · uge {week}</source>
        <translation>{weekday} {day} {month} {year} · week {week}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Uge {week} · {span}</source>
        <translation>Week {week} · {span}</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>{span} · {kind}</source>
        <translation>{span} · {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aftalen har ingen borger; der bookes ingen ny tid.</source>
        <translation>The appointment has no citizen; no new time is booked.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planlæg min uge</source>
        <translation>Plan my week</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ny aftale her …</source>
        <translation>New appointment here …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redigér …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referat …</source>
        <translation>Minutes …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åbn borger</source>
        <translation>Open citizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markér som afholdt</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afbud …</source>
        <translation>Cancellation …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Udeblevet …</source>
        <translation>No-show …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>caseapp</name>
    <message>
        <location filename="../../ui/shell/app.py" line="+180"/>
        <source>Opretter demo-sagsstammen …</source>
        <translation>Creating the demo caseload …</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>caseapp – demo</source>
        <translation>caseapp – demo</translation>
    </message>
    <message>
        <location filename="../../ui/common/worker.py" line="+135"/>
        <source>Arbejder</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../ui/shell/startup.py" line="+100"/>
        <source>Adgangsfrasen er forkert, eller filen er ikke en caseapp-database. Prøv igen.</source>
        <translation>The passphrase is wrong, or the file is not a caseapp database. Try again.</translation>
    </message>
</context>
</TS>
