<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="da_DK">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../ui/citizen/insight_file.py" line="+21"/>
        <source>{name} ({kind}, %n tekst(er))</source>
        <translation>
            <numerusform>{name} ({kind}, %n tekst)</numerusform>
            <numerusform>{name} ({kind}, %n tekster)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/deadline_text.py" line="+25"/>
        <source>%n dag(e) over</source>
        <translation>
            <numerusform>%n dag over</numerusform>
            <numerusform>%n dage over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>om %n dag(e)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/note_drafts_offer.py" line="+46"/>
        <source>Vil du åbne de %n dagbogsnotat(er)?</source>
        <translation>
            <numerusform>Vil du åbne dagbogsnotatet?</numerusform>
            <numerusform>Vil du åbne de %n dagbogsnotater?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message numerus="yes">
        <location filename="../../ui/citizen/access_log_dialog.py" line="+41"/>
        <source>Hvornår borgerens oplysninger er vist, søgt frem, udskrevet eller kopieret, og af hvem – aldrig selve oplysningerne. Rækkerne slettes efter %n måned(er).</source>
        <translation>
            <numerusform>Hvornår borgerens oplysninger er vist, søgt frem, udskrevet eller kopieret, og af hvem – aldrig selve oplysningerne. Rækkerne slettes efter %n måned.</numerusform>
            <numerusform>Hvornår borgerens oplysninger er vist, søgt frem, udskrevet eller kopieret, og af hvem – aldrig selve oplysningerne. Rækkerne slettes efter %n måneder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/status/batch_export_dialog.py" line="+214"/>
        <source>Afbrudt. {done} af %n statusbeskrivelse(r) blev skrevet til {folder}; ingen fil er halvt skrevet.</source>
        <translation>
            <numerusform>Afbrudt. {done} af %n statusbeskrivelse blev skrevet til {folder}; ingen fil er halvt skrevet.</numerusform>
            <numerusform>Afbrudt. {done} af %n statusbeskrivelser blev skrevet til {folder}; ingen fil er halvt skrevet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarMenu</name>
    <message numerus="yes">
        <location filename="../../ui/week/calendar_menu.py" line="+122"/>
        <source>Kalenderen er gemt: %n begivenhed(er) i {file}.</source>
        <translation>
            <numerusform>Kalenderen er gemt: %n begivenhed i {file}.</numerusform>
            <numerusform>Kalenderen er gemt: %n begivenheder i {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n ny(e) aftale(r)</source>
        <translation>
            <numerusform>%n ny aftale</numerusform>
            <numerusform>%n nye aftaler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n aftale(r) fra samme kalender findes ikke længere i filen og er beholdt.</source>
        <translation>
            <numerusform>%n aftale fra samme kalender findes ikke længere i filen og er beholdt.</numerusform>
            <numerusform>%n aftaler fra samme kalender findes ikke længere i filen og er beholdt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message numerus="yes">
        <location filename="../../ui/caseload/caseload_view.py" line="+122"/>
        <source>{shown} af %n borger(e)</source>
        <translation>
            <numerusform>{shown} af %n borger</numerusform>
            <numerusform>{shown} af %n borgere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CitizenForm</name>
    <message numerus="yes">
        <location filename="../../ui/citizen/citizen_form.py" line="+106"/>
        <source> dag(e)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineBand</name>
    <message numerus="yes">
        <location filename="../../ui/week/deadline_band.py" line="+121"/>
        <source>+%n flere</source>
        <translation>
            <numerusform>+%n flere</numerusform>
            <numerusform>+%n flere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Vis alle %n frister</source>
        <translation>
            <numerusform>Vis den ene frist</numerusform>
            <numerusform>Vis alle %n frister</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message numerus="yes">
        <location filename="../../ui/followup/deadlines_view.py" line="+148"/>
        <source>%n frist(er)</source>
        <translation>
            <numerusform>%n frist</numerusform>
            <numerusform>%n frister</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overskredet</source>
        <translation>
            <numerusform>%n overskredet</numerusform>
            <numerusform>%n overskredet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryTab</name>
    <message numerus="yes">
        <location filename="../../ui/diary/diary_tab.py" line="+226"/>
        <source>%Ln notat(er) passer</source>
        <translation>
            <numerusform>%Ln notat passer</numerusform>
            <numerusform>%Ln notater passer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln notat(er)</source>
        <translation>
            <numerusform>%Ln notat</numerusform>
            <numerusform>%Ln notater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+197"/>
        <source>Tidslinje: %n hændelse(r)</source>
        <translation>
            <numerusform>Tidslinje: %n hændelse</numerusform>
            <numerusform>Tidslinje: %n hændelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteCodeBox</name>
    <message numerus="yes">
        <location filename="../../ui/sync/invite_code_box.py" line="+59"/>
        <source>Koden er en nøgle: den lukker én maskine ind i teamet og gælder i %n dag(e). Den vises kun nu, så giv den direkte til den kollega, den er til.</source>
        <translation>
            <numerusform>Koden er en nøgle: den lukker én maskine ind i teamet og gælder i %n dag. Den vises kun nu, så giv den direkte til den kollega, den er til.</numerusform>
            <numerusform>Koden er en nøgle: den lukker én maskine ind i teamet og gælder i %n dage. Den vises kun nu, så giv den direkte til den kollega, den er til.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDetail</name>
    <message numerus="yes">
        <location filename="../../ui/diary/note_detail.py" line="+146"/>
        <source>Historik (%n version(er))</source>
        <translation>
            <numerusform>Historik (%n version)</numerusform>
            <numerusform>Historik (%n versioner)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteLengthLabel</name>
    <message numerus="yes">
        <location filename="../../ui/diary/note_length_label.py" line="+29"/>
        <source>%n ord</source>
        <translation>
            <numerusform>%n ord</numerusform>
            <numerusform>%n ord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficialCopy</name>
    <message numerus="yes">
        <location filename="../../ui/diary/official_copy.py" line="+47"/>
        <source>%n notat(er) er kopieret som tekst.</source>
        <translation>
            <numerusform>%n notat er kopieret som tekst.</numerusform>
            <numerusform>%n notater er kopieret som tekst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Teksten er kopieret. Markér %n notat(er) som ført i fagsystem i dag?</source>
        <translation>
            <numerusform>Teksten er kopieret. Markér %n notat som ført i fagsystem i dag?</numerusform>
            <numerusform>Teksten er kopieret. Markér %n notater som ført i fagsystem i dag?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <location filename="../../ui/citizen/overview_tab.py" line="+147"/>
        <source>Gemt. %n felt(er) var ændret af en kollega imens; begge værdier ligger under Team → Konflikter.</source>
        <translation>
            <numerusform>Gemt. %n felt var ændret af en kollega imens; begge værdier ligger under Team → Konflikter.</numerusform>
            <numerusform>Gemt. %n felter var ændret af en kollega imens; begge værdier ligger under Team → Konflikter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCapNote</name>
    <message numerus="yes">
        <location filename="../../ui/plan/plan_cap_note.py" line="+46"/>
        <source>%n aktive delmål nu (loft: {cap})</source>
        <translation>
            <numerusform>%n aktivt delmål nu (loft: {cap})</numerusform>
            <numerusform>%n aktive delmål nu (loft: {cap})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message numerus="yes">
        <location filename="../../ui/plan/plan_editor.py" line="+162"/>
        <source>Delmålet er sat til »Senere«, fordi der allerede er %n aktive delmål nu (loftet er {cap}).</source>
        <translation>
            <numerusform>Delmålet er sat til »Senere«, fordi der allerede er %n aktivt delmål nu (loftet er {cap}).</numerusform>
            <numerusform>Delmålet er sat til »Senere«, fordi der allerede er %n aktive delmål nu (loftet er {cap}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanWeekDialog</name>
    <message numerus="yes">
        <location filename="../../ui/week/plan_week_dialog.py" line="+127"/>
        <source>%n forslag til uge {week}. Fjern fluebenet ved dem, du ikke vil have.</source>
        <translation>
            <numerusform>%n forslag til uge {week}. Fjern fluebenet ved det, hvis du ikke vil have det.</numerusform>
            <numerusform>%n forslag til uge {week}. Fjern fluebenet ved dem, du ikke vil have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n borger(e) har allerede en tid i ugen.</source>
        <translation>
            <numerusform>%n borger har allerede en tid i ugen.</numerusform>
            <numerusform>%n borgere har allerede en tid i ugen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../ui/shell/search_dialog.py" line="+90"/>
        <source>%n fund</source>
        <translation>
            <numerusform>%n fund</numerusform>
            <numerusform>%n fund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../ui/shell/settings_dialog.py" line="+94"/>
        <source> dag(e)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> uge(r) før en indsats slutter</source>
        <translation>
            <numerusform> uge før en indsats slutter</numerusform>
            <numerusform> uger før en indsats slutter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../ui/sync/sync_status_widget.py" line="+93"/>
        <source>%n ændring(er) venter</source>
        <translation>
            <numerusform>%n ændring venter</numerusform>
            <numerusform>%n ændringer venter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinessPanel</name>
    <message numerus="yes">
        <location filename="../../ui/week/timeliness_panel.py" line="+90"/>
        <source>{name} – %n dag(e) over</source>
        <translation>
            <numerusform>{name} – %n dag over</numerusform>
            <numerusform>{name} – %n dage over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../ui/today/today_view.py" line="+183"/>
        <source>{name} – %n notat(er), det ældste underskrevet {date}</source>
        <translation>
            <numerusform>{name} – %n notat, det ældste underskrevet {date}</numerusform>
            <numerusform>{name} – %n notater, det ældste underskrevet {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{name} – %n dag(e) over</source>
        <translation>
            <numerusform>{name} – %n dag over</numerusform>
            <numerusform>{name} – %n dage over</numerusform>
        </translation>
    </message>
</context>
</TS>
