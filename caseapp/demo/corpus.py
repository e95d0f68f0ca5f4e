"""Fiktivt dansk demo-korpus til caseapp.

Ren data, kun standardbiblioteket, ingen I/O. Alle navne, personer, steder og
organisationer er opdigtede. Importeres af caseapp.demo.generator.

Pladsholdere:
- Mål (effort_goals, sub_goals) og handlinger: {navn}
- NOTE_TEMPLATES: {navn}, {medarbejder}, {dag}, {tid}, {sted}
- SUMMARY_TEMPLATES: {navn}, {delmaal}
"""
from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------------------
# Navne
# ---------------------------------------------------------------------------

FIRST_NAMES_FEMALE: tuple[str, ...] = (
    "Søs", "Bjørg", "Åse", "Ågot", "Lærke", "Sørine", "Gørild", "Jørgine",
    "Frøja", "Sølvi", "Åshild", "Hjørdis", "Åsa", "Mette", "Tove", "Birthe",
    "Dorthe", "Kirsten", "Bodil", "Ingrid", "Bente", "Vibeke", "Birgitte",
    "Grethe", "Jytte", "Lone", "Hanne", "Susanne", "Pia", "Camilla", "Sofie",
    "Ida", "Mathilde", "Nanna", "Rikke", "Helle", "Gitte", "Inger", "Else",
    "Ellen",
)

FIRST_NAMES_MALE: tuple[str, ...] = (
    "Søren", "Jørgen", "Bjørn", "Åge", "Kåre", "Ørjan", "Torbjørn", "Sønke",
    "Jønne", "Bøje", "Jørn", "Øjvind", "Asbjørn", "Esbjørn", "Gøran", "Mads",
    "Jens", "Bent", "Poul", "Henrik", "Lars", "Niels", "Ole", "Peter",
    "Michael", "Thomas", "Kim", "Morten", "Anders", "Kasper", "Rasmus",
    "Frederik", "Mikkel", "Jesper", "Claus", "Finn", "Erik", "Torben",
    "Carsten", "Flemming",
)

LAST_NAMES: tuple[str, ...] = (
    "Sørensen", "Jørgensen", "Møller", "Kjær", "Bøgh", "Nørgaard", "Højgaard",
    "Ågård", "Østergaard", "Bækgaard", "Søndergaard", "Brøndum", "Lærkesen",
    "Thøgersen", "Sønderby", "Løvgren", "Grønbæk", "Kjærsgaard", "Bøgelund",
    "Mølgaard", "Skøtt", "Fønss", "Lønborg", "Nørskov", "Kjærulff",
    "Dahl", "Holm", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen",
    "Larsen", "Rasmussen", "Petersen", "Madsen", "Kristensen", "Olsen",
    "Thomsen", "Christiansen", "Poulsen", "Johansen", "Mortensen", "Knudsen",
    "Jakobsen", "Mikkelsen", "Frederiksen", "Lund", "Vestergaard", "Jeppesen",
    "Bach", "Damgaard", "Krogh", "Hjort", "Lykke", "Friis", "Bonde",
    "Kirkegaard", "Ravn", "Ebbesen", "Fisker",
)

STAFF_FIRST_NAMES: tuple[str, ...] = (
    "Mette", "Søren", "Line", "Jesper", "Trine", "Bjørn", "Louise", "Mads",
    "Hanne", "Kåre", "Camilla", "Rasmus", "Sanne", "Jørgen",
)

WEEKDAYS: tuple[str, ...] = (
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
)

# Stedord bruges i noter efter "til" eller "ved" (fx "gik til {sted}").
PLACE_WORDS: tuple[str, ...] = (
    "Netto", "biblioteket", "jobcentret", "fælleshuset", "lægehuset",
    "apoteket", "værestedet", "svømmehallen", "Rema 1000", "Føtex",
    "banken", "parken", "stationen", "borgerservice", "genbrugsbutikken",
    "træningscentret",
)


# ---------------------------------------------------------------------------
# Scenarier
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Scenario:
    key: str
    weight: float
    case_type: str
    legal_basis: str
    is_child: bool
    contact_cadence_days: int
    preferred_places: tuple[str, ...]
    age_range: tuple[int, int]
    own_words: tuple[str, ...]
    where_now: tuple[str, ...]
    next_step: tuple[str, ...]
    barriers: tuple[str, ...]
    long_term_goals: tuple[str, ...]
    effort_goals: tuple[str, ...]
    sub_goals: tuple[str, ...]
    life_domains: tuple[str, ...]
    indicators: tuple[str, ...]
    actions: tuple[tuple[str, str], ...]


_AKTIVITETSPARAT = Scenario(
    key="aktivitetsparat",
    weight=3.0,
    case_type="Aktivitetsparat kontanthjælpsmodtager",
    legal_basis="LAB aktivitetsparat",
    is_child=False,
    contact_cadence_days=30,
    preferred_places=("jobcenter", "telefon", "leverandoer"),
    age_range=(25, 60),
    own_words=(
        "Jeg vil gerne have et arbejde, hvor jeg har faste kolleger.",
        "Jeg har det bedst, når jeg har noget at stå op til om morgenen.",
        "Jeg er god med mine hænder og vil helst arbejde udendørs.",
        "Det er svært for mig at sidde stille i mange timer.",
        "Jeg vil gerne tjene mine egne penge igen.",
        "Jeg har brug for, at tingene sker i mit eget tempo.",
    ),
    where_now=(
        "Er i praktik 10 timer om ugen i genbrugsbutikken.",
        "Deltager i et afklaringsforløb hos en ekstern leverandør to dage om ugen.",
        "Har mentor en gang om ugen og møder stabilt op.",
        "Venter på en lægeattest om funktionsniveau.",
        "Har været uden aktivitet de sidste tre måneder.",
        "Er startet på et holdforløb om jobsøgning.",
    ),
    next_step=(
        "Aftale om at øge praktikken til 15 timer fra januar.",
        "Lægeattesten forventes inden næste samtale.",
        "Opfølgende møde med mentor og praktikstedet om fire uger.",
        "Afklare, om der er grundlag for et ressourceforløb.",
        "Finde en ny praktikplads inden for lager eller grønne områder.",
        "Aftale et møde med virksomhedskonsulenten.",
    ),
    barriers=(
        "Søvnproblemer og angst i større grupper.",
        "Ryg- og skuldersmerter ved tunge løft.",
        "Læse- og skrivevanskeligheder.",
        "Gæld og usikker boligsituation.",
        "Mangler kørekort og bor langt fra offentlig transport.",
        "Lange perioder med lavt energiniveau.",
    ),
    long_term_goals=(
        "Jeg har et arbejde, hvor jeg føler mig som en del af holdet.",
        "Jeg tjener mine egne penge og betaler selv mine regninger.",
        "Jeg har en hverdag med faste tider og noget at stå op til.",
        "Jeg arbejder udendørs med noget praktisk.",
        "Jeg har overskud til min familie efter arbejdstid.",
    ),
    effort_goals=(
        "{navn} er i praktik 15 timer om ugen",
        "{navn} har en stabil døgnrytme med faste sengetider",
        "{navn} har overblik over sin økonomi og sine faste udgifter",
        "{navn} er afklaret om sine muligheder for arbejde inden for lager og logistik",
        "{navn} møder til aftaler på jobcentret til tiden",
        "{navn} har en fast plan for transport til og fra praktikstedet",
    ),
    sub_goals=(
        "{navn} møder til aftaler på jobcentret til tiden",
        "{navn} møder selvstændigt i praktik tre dage om ugen",
        "{navn} tjekker selv sin digitale post hver mandag",
        "{navn} går i seng senest kl. 23 på hverdage",
        "{navn} tager selv bussen til praktikstedet",
        "{navn} deltager i holdforløbet om jobsøgning hver torsdag",
        "{navn} giver på opfordring besked til praktikstedet inden kl. 8 ved sygdom",
        "{navn} har et månedsbudget, som er gennemgået sammen med mentor",
        "{navn} har selvstændigt et opdateret CV på Jobnet",
        "{navn} spiser morgenmad hjemme, inden praktikken begynder",
        "{navn} betaler selv husleje den første i måneden",
    ),
    life_domains=(
        "Arbejde og uddannelse", "Økonomi", "Helbred", "Bolig", "Netværk",
        "Hverdagsliv og rutiner",
    ),
    indicators=(
        "Antal fremmødte timer i praktik pr. uge",
        "Fremmøde til aftaler på jobcentret",
        "Antal dage med fast sengetid pr. uge",
        "Egen vurdering af energiniveau på en skala fra 1 til 10",
        "Restancer på husleje og el",
        "Tilbagemelding fra praktikstedet",
    ),
    actions=(
        ("Ringe til praktikstedet om at øge timetallet", "caseworker"),
        ("Bestille mentor", "caseworker"),
        ("Indhente lægeattest", "caseworker"),
        ("Opdatere CV på Jobnet", "citizen"),
        ("Kontakte gældsrådgivningen om en aftale", "citizen"),
        ("Følge {navn} på første dag i praktik", "contact_person"),
        ("Sende status om fremmøde", "provider"),
        ("Tjekke busforbindelser til praktikstedet", "citizen"),
        ("Deltage i opfølgningsmøde fra praktikstedets side", "other"),
    ),
)

_RESSOURCEFORLOEB = Scenario(
    key="ressourceforloeb",
    weight=1.5,
    case_type="Ressourceforløb",
    legal_basis="LAB ressourceforløb",
    is_child=False,
    contact_cadence_days=30,
    preferred_places=("jobcenter", "telefon", "hjemme", "andet"),
    age_range=(30, 62),
    own_words=(
        "Jeg har prøvet mange ting, og jeg er træt af at starte forfra.",
        "Jeg vil gerne bidrage med noget, også selvom det kun er få timer.",
        "Mit helbred bestemmer meget af min hverdag.",
        "Jeg har brug for én fast person, jeg kan ringe til.",
        "Jeg vil gerne vide, hvad jeg realistisk set kan holde til.",
        "Jeg savner at have kolleger.",
    ),
    where_now=(
        "Er i ressourceforløb og mødes med koordinerende sagsbehandler en gang om måneden.",
        "Deltager i et mestringsforløb om smerter på sundhedscentret.",
        "Er i virksomhedspraktik 6 timer om ugen på et plejecenter.",
        "Går til fysioterapi to gange om ugen.",
        "Har netop haft sin sag behandlet i rehabiliteringsteamet.",
        "Er i gang med et psykologforløb.",
    ),
    next_step=(
        "Rundbordssamtale med praktikstedet og mentor i næste måned.",
        "Afprøve praktikken med 8 timer om ugen i seks uger.",
        "Indhente status fra fysioterapeuten.",
        "Forberede sagen til ny behandling i rehabiliteringsteamet.",
        "Aftale en arbejdsprøvning med fokus på skånehensyn.",
        "Tage kontakt til distriktspsykiatrien om samarbejde.",
    ),
    barriers=(
        "Kroniske smerter i ryg og ben.",
        "Depression med svingende energi.",
        "Hukommelses- og koncentrationsbesvær efter en hjernerystelse.",
        "Social angst og usikkerhed i nye sammenhænge.",
        "Lange perioder med sygdom i familien.",
        "Dårlige erfaringer med tidligere forløb.",
    ),
    long_term_goals=(
        "Jeg har et job med skånehensyn, hvor jeg bliver brugt.",
        "Jeg har en hverdag, hvor smerterne fylder mindre.",
        "Jeg har kolleger og en arbejdsplads at gå til.",
        "Jeg ved, hvad jeg holder til, og jeg indretter mit liv efter det.",
        "Jeg har overskud til mine børn og mine venner.",
    ),
    effort_goals=(
        "{navn} er i praktik 10 timer om ugen med skånehensyn",
        "{navn} har en fast plan for træning og hvile i løbet af ugen",
        "{navn} har et afklaret billede af sin arbejdsevne",
        "{navn} har en stabil kontakt til behandlingssystemet",
        "{navn} har faste aktiviteter uden for hjemmet tre dage om ugen",
        "{navn} bruger selvstændigt sine strategier til at håndtere smerter i hverdagen",
    ),
    sub_goals=(
        "{navn} møder i praktik på plejecentret to dage om ugen",
        "{navn} laver sine øvelser fra fysioterapeuten fem dage om ugen",
        "{navn} holder en planlagt pause hver anden time på praktikdagene",
        "{navn} fører selvstændigt dagbog over smerter og søvn",
        "{navn} er med på smerteholdet hver onsdag som deltager",
        "{navn} møder til psykologsamtaler hver anden uge",
        "{navn} går en tur på 20 minutter hver dag",
        "{navn} fortæller på opfordring praktikstedet om sine skånehensyn",
        "{navn} tager selv kontakt til mentor, når planen ændrer sig",
        "{navn} møder forberedt til mødet i rehabiliteringsteamet",
        "{navn} spiser frokost sammen med kollegerne på praktikdagene",
    ),
    life_domains=(
        "Arbejde og uddannelse", "Helbred", "Psykisk trivsel", "Netværk",
        "Økonomi", "Hverdagsliv og rutiner",
    ),
    indicators=(
        "Antal timer i praktik pr. uge",
        "Smerteniveau på en skala fra 0 til 10",
        "Antal gennemførte træningsdage pr. uge",
        "Fremmøde til behandling",
        "Tilbagemelding fra praktikstedet om skånehensyn",
        "Egen vurdering af trivsel",
    ),
    actions=(
        ("Indkalde til rundbordssamtale", "caseworker"),
        ("Sende oplæg til rehabiliteringsteamet", "caseworker"),
        ("Indhente status fra fysioterapeuten", "caseworker"),
        ("Føre smertedagbog", "citizen"),
        ("Tale med praktikstedet om skånehensyn", "contact_person"),
        ("Sende fremmøderapport", "provider"),
        ("Bestille tid hos egen læge", "citizen"),
        ("Deltage i rundbordssamtalen som praktikvejleder", "other"),
    ),
)


_SYGEDAGPENGE = Scenario(
    key="sygedagpenge",
    weight=1.0,
    case_type="Sygedagpengesag",
    legal_basis="Sygedagpengeloven",
    is_child=False,
    contact_cadence_days=30,
    preferred_places=("jobcenter", "telefon"),
    age_range=(25, 64),
    own_words=(
        "Jeg vil gerne tilbage til mit arbejde så hurtigt som muligt.",
        "Jeg er bange for, om min arbejdsgiver venter på mig.",
        "Jeg bliver hurtigt træt, og det frustrerer mig.",
        "Jeg tror, en langsom start er det bedste for mig.",
        "Jeg har brug for at vide, hvad der sker med min økonomi.",
        "Jeg savner mine kolleger og min faste rytme.",
    ),
    where_now=(
        "Sygemeldt fra job som lagermedarbejder efter en knæoperation.",
        "Delvist raskmeldt og arbejder 12 timer om ugen.",
        "Sygemeldt med stress og går til psykolog.",
        "Venter på en operation på sygehuset.",
        "Har en fastholdelsesplan med arbejdsgiveren.",
        "Er til genoptræning tre gange om ugen.",
    ),
    next_step=(
        "Opfølgningssamtale om fire uger med fokus på gradvis tilbagevenden.",
        "Trappe op til 20 timer om ugen fra næste måned.",
        "Rundbordssamtale med arbejdsgiveren.",
        "Indhente statusattest fra egen læge.",
        "Vurdere, om betingelserne for forlængelse af sygedagpenge er opfyldt.",
        "Afklare behovet for hjælpemidler på arbejdspladsen.",
    ),
    barriers=(
        "Smerter i knæet ved længere tids stående arbejde.",
        "Træthed og koncentrationsbesvær.",
        "Uvished om diagnose og behandling.",
        "Bekymring for økonomien.",
        "Konflikt med nærmeste leder.",
        "Lang ventetid på behandling.",
    ),
    long_term_goals=(
        "Jeg er tilbage på fuld tid i mit job.",
        "Jeg har et arbejde, som min krop holder til.",
        "Jeg har energi til både arbejde og familie.",
        "Jeg har en god dialog med min chef om mine behov.",
        "Jeg føler mig tryg ved min økonomi.",
    ),
    effort_goals=(
        "{navn} arbejder 20 timer om ugen på sin arbejdsplads",
        "{navn} er færdig med genoptræningen",
        "{navn} har en fastholdelsesplan, som arbejdsgiveren også står bag",
        "{navn} har en stabil hverdag med balance mellem arbejde og hvile",
        "{navn} er afklaret om sin fremtidige arbejdsfunktion",
    ),
    sub_goals=(
        "{navn} møder på arbejde tre dage om ugen fire timer ad gangen",
        "{navn} deltager i genoptræningen hver mandag og torsdag",
        "{navn} laver selvstændigt sine hjemmeøvelser hver dag",
        "{navn} holder en pause hver time på arbejdsdagene",
        "{navn} har en fast ugentlig samtale med sin leder",
        "{navn} sover mindst syv timer om natten",
        "{navn} sender selv sin status til jobcentret til tiden",
        "{navn} cykler til arbejde to dage om ugen",
        "{navn} møder til samtaler hos psykologen hver anden uge",
        "{navn} fortæller på opfordring sin leder, hvordan arbejdsdagen er gået",
    ),
    life_domains=(
        "Arbejde og uddannelse", "Helbred", "Økonomi", "Familie",
        "Hverdagsliv og rutiner",
    ),
    indicators=(
        "Antal arbejdstimer pr. uge",
        "Fremmøde til genoptræning",
        "Smerteniveau efter arbejdsdagen på en skala fra 0 til 10",
        "Egen vurdering af energiniveau",
        "Tilbagemelding fra arbejdsgiveren",
        "Antal timers søvn pr. nat",
    ),
    actions=(
        ("Indhente statusattest fra egen læge", "caseworker"),
        ("Aftale rundbordssamtale med arbejdsgiveren", "caseworker"),
        ("Udfylde oplysningsskema om sygdom", "citizen"),
        ("Sende ny arbejdsplan for de næste fire uger", "other"),
        ("Ringe til sygehuset om ventetiden", "citizen"),
        ("Sende status fra genoptræningen", "provider"),
        ("Undersøge behovet for hjælpemidler", "caseworker"),
        ("Tale med lederen om en gradvis opstart", "citizen"),
    ),
)

_BOSTOETTE = Scenario(
    key="bostoette",
    weight=3.0,
    case_type="Socialpædagogisk støtte i eget hjem",
    legal_basis="SEL § 85",
    is_child=False,
    contact_cadence_days=7,
    preferred_places=("hjemme", "telefon", "andet"),
    age_range=(18, 75),
    own_words=(
        "Jeg vil gerne klare mig selv, men jeg har brug for hjælp til posten.",
        "Jeg bliver urolig, når der kommer breve fra kommunen.",
        "Jeg kan godt lide at lave mad, når jeg har overskud.",
        "Det er svært for mig at komme ud ad døren om morgenen.",
        "Jeg vil gerne have flere at snakke med.",
        "Jeg vil gerne have styr på mine penge, så de rækker hele måneden.",
        "Jeg vil selv bestemme, hvornår der kommer nogen.",
    ),
    where_now=(
        "Modtager bostøtte to gange om ugen med fokus på økonomi og post.",
        "Bor alene i lejlighed og handler ind med støtte.",
        "Har netop fået ny lejlighed og er i gang med at indrette sig.",
        "Tager medicin fra dosisæske, som kontaktpersonen hjælper med at fylde.",
        "Deltager i fællesspisning i fælleshuset hver tirsdag.",
        "Er tilknyttet distriktspsykiatrien og har samtaler hver fjerde uge.",
    ),
    next_step=(
        "Lave et fast månedsbudget sammen med kontaktpersonen.",
        "Aftale om selv at åbne posten med støtte hver mandag.",
        "Prøve at handle selv i Netto én gang om ugen.",
        "Opfølgning på indsatsmålene om tre måneder.",
        "Netværksmøde med distriktspsykiatrien.",
        "Besøge værestedet sammen med kontaktpersonen.",
    ),
    barriers=(
        "Søvnproblemer og angst i større grupper.",
        "Svingende psykisk tilstand.",
        "Svært ved at overskue breve og digitale henvendelser.",
        "Lille netværk og perioder med ensomhed.",
        "Gæld til forsyningsselskaber.",
        "Nedsat energi som bivirkning af medicin.",
    ),
    long_term_goals=(
        "Jeg bor i min egen lejlighed og klarer min hverdag.",
        "Jeg har styr på mine penge og mine regninger.",
        "Jeg har venner, som jeg ser hver uge.",
        "Jeg har et hjem, som jeg har lyst til at invitere folk ind i.",
        "Jeg har en rolig hverdag med faste rutiner.",
    ),
    effort_goals=(
        "{navn} har overblik over sin økonomi og betaler sine faste regninger til tiden",
        "{navn} åbner og håndterer selv sin post og digitale post",
        "{navn} holder sin lejlighed ren og ryddelig",
        "{navn} har et netværk uden for hjemmet",
        "{navn} tager selv sin medicin som ordineret",
        "{navn} laver varm mad flere gange om ugen",
    ),
    sub_goals=(
        "{navn} handler selv ind i Netto to gange om ugen",
        "{navn} tager selv sin morgenmedicin kl. 8",
        "{navn} åbner sin e-Boks på opfordring hver mandag",
        "{navn} deltager i fællesspisningen hver tirsdag",
        "{navn} støvsuger og tager opvasken selvstændigt hver lørdag",
        "{navn} fylder sin dosisæske sammen med kontaktpersonen hver fredag",
        "{navn} går en tur i nærområdet tre gange om ugen",
        "{navn} har en madplan for ugen, som er lavet sammen med kontaktpersonen",
        "{navn} betaler selv husleje via netbank den første i måneden",
        "{navn} besøger værestedet som deltager en eftermiddag om ugen",
        "{navn} står op inden kl. 9 på hverdage",
    ),
    life_domains=(
        "Bolig", "Økonomi", "Helbred", "Psykisk trivsel", "Netværk",
        "Praktiske færdigheder", "Fritid",
    ),
    indicators=(
        "Antal gange handlet ind selv pr. uge",
        "Regninger betalt til tiden",
        "Antal uåbnede breve ved besøget",
        "Deltagelse i fællesspisning",
        "Medicin taget efter aftale",
        "Egen vurdering af trivsel på en skala fra 1 til 10",
        "Antal aktiviteter uden for hjemmet pr. uge",
    ),
    actions=(
        ("Ringe til boligselskabet om ventelisten", "citizen"),
        ("Følge {navn} til lægen", "contact_person"),
        ("Lave budget sammen med {navn}", "contact_person"),
        ("Kontakte forsyningsselskabet om en afdragsordning", "citizen"),
        ("Bevilge forlængelse af bostøtten", "caseworker"),
        ("Sende opdateret medicinliste", "other"),
        ("Undersøge tilbuddene på værestedet", "contact_person"),
        ("Indkalde til netværksmøde med distriktspsykiatrien", "caseworker"),
    ),
)


_BOSTED = Scenario(
    key="bosted",
    weight=2.0,
    case_type="Længerevarende botilbud",
    legal_basis="SEL § 108",
    is_child=False,
    contact_cadence_days=7,
    preferred_places=("bosted", "telefon", "andet"),
    age_range=(20, 80),
    own_words=(
        "Jeg kan godt lide at hjælpe til i køkkenet.",
        "Jeg vil gerne ud at handle selv.",
        "Jeg bliver ked af det, når der er larm på gangen.",
        "Jeg vil gerne se min søster oftere.",
        "Jeg vil gerne have mere arbejde på værkstedet.",
        "Jeg har det godt, når jeg ved, hvad der skal ske i dag.",
    ),
    where_now=(
        "Bor på botilbuddet og har eget værelse med tekøkken.",
        "Går på beskyttet værksted tre dage om ugen.",
        "Har en dagsstruktur med piktogrammer, som følges de fleste dage.",
        "Deltager i madlavningen i fælleskøkkenet en gang om ugen.",
        "Har kontakt til familien ved telefonopkald hver søndag.",
        "Går til ridning hver onsdag sammen med en medarbejder.",
    ),
    next_step=(
        "Afprøve at gå alene til Netto og hjem igen.",
        "Revidere dagsstrukturen sammen med beboeren.",
        "Opfølgning på den pædagogiske plan om tre måneder.",
        "Planlægge et besøg hos søsteren.",
        "Aftale flere timer på værkstedet.",
        "Afklare behovet for hjælpemidler på badeværelset.",
    ),
    barriers=(
        "Udviklingshæmning og behov for faste rammer.",
        "Lyd- og sanseoverfølsomhed.",
        "Epilepsi med anfald i perioder.",
        "Svært ved at orientere sig i nye omgivelser.",
        "Bliver hurtigt træt i sociale sammenhænge.",
        "Har brug for hjælp til personlig hygiejne.",
    ),
    long_term_goals=(
        "Jeg bor et sted, hvor jeg er tryg.",
        "Jeg har et arbejde, som jeg glæder mig til.",
        "Jeg ser min familie tit.",
        "Jeg bestemmer selv over mit værelse og mine ting.",
        "Jeg har en ven, som jeg laver ting sammen med.",
    ),
    effort_goals=(
        "{navn} har en fast og forudsigelig dagsstruktur",
        "{navn} deltager i fællesskabet på botilbuddet",
        "{navn} er en aktiv del af arbejdet på værkstedet",
        "{navn} har jævnlig kontakt til sin familie",
        "{navn} klarer flere dele af sin personlige hygiejne selv",
        "{navn} færdes trygt i nærområdet",
    ),
    sub_goals=(
        "{navn} følger sin dagsstruktur med piktogrammer på opfordring",
        "{navn} børster selv tænder morgen og aften",
        "{navn} hjælper som deltager med madlavningen i fælleskøkkenet hver torsdag",
        "{navn} går selvstændigt til Netto og hjem igen",
        "{navn} ringer til sin søster hver søndag",
        "{navn} møder på værkstedet tre dage om ugen",
        "{navn} vælger selv sit tøj om morgenen",
        "{navn} spiser aftensmad i fællesstuen fire dage om ugen",
        "{navn} rydder selv op på sit værelse hver fredag",
        "{navn} siger til en medarbejder, når der er for meget larm",
        "{navn} deltager i beboermødet den første mandag i måneden",
    ),
    life_domains=(
        "Bolig", "Beskæftigelse og dagtilbud", "Sundhed", "Familie og netværk",
        "Egenomsorg", "Fritid", "Kommunikation",
    ),
    indicators=(
        "Antal dage, hvor dagsstrukturen følges",
        "Fremmøde på værkstedet",
        "Antal selvstændige ture i nærområdet",
        "Deltagelse i fællesspisning",
        "Kontakt til familien pr. måned",
        "Registrerede anfald pr. måned",
    ),
    actions=(
        ("Lave nye piktogrammer til morgenrutinen", "contact_person"),
        ("Øve turen til Netto sammen med {navn}", "contact_person"),
        ("Ringe til søsteren om et besøg", "citizen"),
        ("Revidere den pædagogiske plan", "provider"),
        ("Følge op på bevillingen efter § 108", "caseworker"),
        ("Bestille tid hos neurologen", "other"),
        ("Aftale flere timer med værkstedet", "contact_person"),
        ("Opdatere handleplanen efter § 141", "caseworker"),
    ),
)

_MISBRUG = Scenario(
    key="misbrug",
    weight=1.0,
    case_type="Social stofmisbrugsbehandling",
    legal_basis="SEL § 101",
    is_child=False,
    contact_cadence_days=14,
    preferred_places=("leverandoer", "telefon", "jobcenter"),
    age_range=(18, 65),
    own_words=(
        "Jeg vil have et liv, hvor stofferne fylder mindre.",
        "Jeg vil gerne være en far, som mine børn kan regne med.",
        "Det er svært for mig i weekenderne.",
        "Jeg har brug for nogle andre at være sammen med.",
        "Jeg har været her før, men denne gang har jeg en plan.",
        "Jeg vil gerne have et job igen.",
    ),
    where_now=(
        "Er i ambulant behandling på rusmiddelcentret to gange om ugen.",
        "Er i substitutionsbehandling og henter medicin dagligt.",
        "Har gennemført døgnbehandling og er i efterbehandling.",
        "Deltager i et gruppeforløb om tilbagefaldsforebyggelse.",
        "Bor midlertidigt hos sin mor.",
        "Har afleveret urinprøver efter aftale de sidste fire uger.",
    ),
    next_step=(
        "Opfølgning på behandlingsplanen med misbrugskonsulenten om to uger.",
        "Aftale om efterbehandling efter endt døgnophold.",
        "Samtale om boligsituationen.",
        "Afklare behovet for en samtidig indsats fra jobcentret.",
        "Netværksmøde med mor og misbrugskonsulent.",
        "Planlægge aktiviteter i weekenderne.",
    ),
    barriers=(
        "Tilbagefald i pressede perioder.",
        "Omgangskreds med aktivt forbrug.",
        "Uafklaret boligsituation.",
        "Gæld og restancer.",
        "Søvnproblemer og uro om aftenen.",
        "Angst og tidligere traumer.",
    ),
    long_term_goals=(
        "Jeg har et stoffrit liv og en fast bolig.",
        "Jeg ser mine børn hver anden weekend.",
        "Jeg har venner, der lever et roligt liv.",
        "Jeg har et arbejde og en fast rytme.",
        "Jeg har det godt med mig selv.",
    ),
    effort_goals=(
        "{navn} er i stabil ambulant behandling",
        "{navn} har en stoffri hverdag med faste rutiner",
        "{navn} har en fast bolig",
        "{navn} har et netværk af personer uden forbrug",
        "{navn} har en plan for svære situationer og bruger den",
        "{navn} har kontakt med sine børn efter aftale",
    ),
    sub_goals=(
        "{navn} møder til behandlingssamtaler hver tirsdag og torsdag",
        "{navn} afleverer urinprøver efter aftale",
        "{navn} henter selv sin medicin på apoteket hver morgen",
        "{navn} er med som deltager i gruppeforløbet hver onsdag",
        "{navn} ringer på opfordring til sin kontaktperson, når trangen er stor",
        "{navn} har en aftale med en ven eller en aktivitet hver lørdag",
        "{navn} går til fodbold i den lokale klub hver søndag",
        "{navn} er i seng inden kl. 24 på hverdage",
        "{navn} ser sine børn hver anden weekend",
        "{navn} møder til samtaler om bolig hos sagsbehandleren",
        "{navn} bruger selvstændigt sin plan for tilbagefald",
    ),
    life_domains=(
        "Rusmidler", "Bolig", "Helbred", "Familie", "Netværk", "Økonomi",
        "Beskæftigelse",
    ),
    indicators=(
        "Fremmøde til behandling",
        "Resultat af urinprøver",
        "Antal stoffri dage pr. måned",
        "Antal planlagte weekendaktiviteter",
        "Samvær med børnene efter aftale",
        "Egen vurdering af trang på en skala fra 0 til 10",
    ),
    actions=(
        ("Udarbejde behandlingsplan", "provider"),
        ("Ringe til boligselskabet om ventelisten", "citizen"),
        ("Søge om boligsocial anvisning", "caseworker"),
        ("Indkalde til netværksmøde med mor og misbrugskonsulent", "caseworker"),
        ("Følge {navn} til det første gruppemøde", "contact_person"),
        ("Aftale prøvetræning i fodboldklubben", "citizen"),
        ("Kontakte gældsrådgivningen", "citizen"),
        ("Sende status på fremmøde", "provider"),
    ),
)

_BOERNESAG = Scenario(
    key="boernesag",
    weight=0.5,
    case_type="Børnesag – forebyggende indsats",
    legal_basis="BL § 32",
    is_child=True,
    contact_cadence_days=30,
    preferred_places=("hjemme", "andet", "telefon"),
    age_range=(8, 17),
    own_words=(
        "Jeg vil gerne have flere venner i klassen.",
        "Jeg kan godt lide at spille fodbold.",
        "Nogle gange er det svært at komme op om morgenen.",
        "Jeg vil gerne have, at der er ro derhjemme.",
        "Jeg vil gerne blive bedre til dansk.",
        "Jeg kan godt lide min kontaktperson, fordi hun lytter.",
    ),
    where_now=(
        "Har kontaktperson en eftermiddag om ugen.",
        "Kommer i skole tre dage om ugen.",
        "Familien modtager familiebehandling hver anden uge.",
        "Går til fodbold en gang om ugen.",
        "Er i gang med en udredning hos PPR.",
        "Har aftaler om skolestart med klasselærer og skoleleder.",
    ),
    next_step=(
        "Børnesamtale inden næste opfølgning.",
        "Netværksmøde med skolen og forældrene.",
        "Øge fremmødet i skolen til fire dage om ugen.",
        "Afvente udredningen fra PPR.",
        "Opfølgning på barnets plan om tre måneder.",
        "Undersøge muligheden for et fritidsjob.",
    ),
    barriers=(
        "Skolevægring og uro om morgenen.",
        "Konflikter mellem forældrene.",
        "Få venner og ensomhed i frikvartererne.",
        "Koncentrationsbesvær i undervisningen.",
        "Uregelmæssig døgnrytme.",
        "Forældrene har brug for støtte til at sætte rammer.",
    ),
    long_term_goals=(
        "Jeg går i skole hver dag og har venner i klassen.",
        "Jeg har det godt derhjemme.",
        "Jeg har en fritidsinteresse, som jeg glæder mig til.",
        "Jeg har en voksen, som jeg stoler på.",
        "Jeg klarer mig godt i skolen.",
    ),
    effort_goals=(
        "{navn} kommer stabilt i skole",
        "{navn} trives i klassen",
        "{navn} har en fritidsaktivitet, som {navn} glæder sig til",
        "{navn} har en fast døgnrytme",
        "{navn} og forældrene har en rolig morgenrutine",
        "{navn} har en voksen at tale med uden for familien",
    ),
    sub_goals=(
        "{navn} kommer i skole fire dage om ugen",
        "{navn} står op kl. 7 på skoledage",
        "{navn} spiser morgenmad, inden bussen kører",
        "{navn} går til fodbold hver onsdag",
        "{navn} leger med en klassekammerat efter skole en gang om ugen",
        "{navn} mødes med kontaktpersonen hver torsdag",
        "{navn} laver lektier sammen med en voksen tre gange om ugen",
        "{navn} er i seng kl. 21 på skoledage",
        "{navn} siger til læreren, når en opgave er svær",
        "{navn} er med i boldspillet i frikvartererne på opfordring fra læreren",
        "{navn} fortæller selv om sin uge til børnesamtalen",
    ),
    life_domains=(
        "Udvikling og adfærd", "Familieforhold", "Skoleforhold",
        "Sundhedsforhold", "Venskaber", "Fritidsforhold",
    ),
    indicators=(
        "Fremmøde i skolen pr. uge",
        "Barnets egen vurdering af trivsel på en smileyskala",
        "Tilbagemelding fra klasselæreren",
        "Antal legeaftaler pr. uge",
        "Fremmøde til fritidsaktivitet",
        "Forældrenes vurdering af morgenrutinen",
    ),
    actions=(
        ("Holde børnesamtale med {navn}", "caseworker"),
        ("Indkalde til netværksmøde med skolen", "caseworker"),
        ("Hente {navn} efter skole og køre til fodbold", "contact_person"),
        ("Sende status fra familiebehandlingen", "provider"),
        ("Tale med klasselæreren om frikvartererne", "other"),
        ("Lave en morgenplan sammen med forældrene", "contact_person"),
        ("Melde {navn} til fodbold", "other"),
        ("Pakke skoletasken aftenen før", "citizen"),
    ),
)

SCENARIOS: tuple[Scenario, ...] = (
    _AKTIVITETSPARAT,
    _RESSOURCEFORLOEB,
    _SYGEDAGPENGE,
    _BOSTOETTE,
    _BOSTED,
    _MISBRUG,
    _BOERNESAG,
)


# ---------------------------------------------------------------------------
# Dagbogsnotater: observationer, ikke vurderinger.
# Pladsholdere: {navn}, {medarbejder}, {dag}, {tid}, {sted}.
# {sted} står altid efter "til" eller "ved".
# ---------------------------------------------------------------------------

NOTE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "observation": (
        "{navn} var nede ved {sted} {tid} og handlede ind efter den liste, vi lavede {dag}.",
        "{navn} åbnede døren {tid}. Der var ryddet op i køkkenet, og opvasken var taget.",
        "{navn} fortalte, at nattesøvnen havde været urolig. {navn} havde været oppe flere gange og sov igen fra kl. 6.",
        "{navn} tog sin morgenmedicin {tid}, mens {medarbejder} var til stede.",
        "{navn} deltog i fællesspisningen {dag} og blev ved bordet under hele måltidet.",
        "{navn} mødte op til aftalen {tid} og havde sin kalender med.",
        "{navn} gik selv hen til {sted} og kom tilbage efter en halv time.",
        "Der lå fem uåbnede breve på bordet. {navn} åbnede dem sammen med {medarbejder}, og to af dem blev lagt i mappen til regninger.",
        "{navn} sagde, at det var en god dag. {navn} havde været ude at gå om formiddagen.",
        "{navn} svarede kort på spørgsmål under besøget. {navn} fortalte, at hovedpinen var kommet igen.",
        "{navn} mødte i praktik {tid} og sorterede tøj i tre timer. Praktikstedet oplyste, at {navn} holdt pause som aftalt.",
        "{navn} ringede selv til lægen {tid} og fik en tid {dag}.",
        "{navn} var ikke hjemme {tid}, da {medarbejder} kom. Der blev lagt en seddel i postkassen med et nyt tidspunkt.",
        "{navn} viste sin nye madplan frem. Der stod retter på fire af ugens dage.",
        "{navn} og {medarbejder} gik sammen til {sted} {dag}. {navn} fandt selv varerne på listen og betalte ved kassen. På vejen hjem fortalte {navn}, at det var første gang i lang tid. {navn} foreslog selv, at næste tur bliver uden følgeskab.",
        "{navn} havde fyldt dosisæsken for ugen. Der manglede én tablet om torsdagen, som blev lagt i sammen med {medarbejder}.",
        "{navn} smilede og fortalte om weekenden hos familien.",
        "{navn} havde støvsuget og luftet ud inden besøget {tid}.",
    ),
    "samtale": (
        "Samtale med {navn} {tid}. Vi gennemgik delmålene, og {navn} fortalte, at praktikken går bedre end ventet.",
        "{navn} fortalte, at morgenerne er svære. Vi aftalte at prøve med et vækkeur i stuen, så {navn} skal op for at slukke det.",
        "Opfølgningssamtale {dag} {tid}. {navn} ønsker at fortsætte med de nuværende mål i tre måneder mere.",
        "{navn} fortalte om en konflikt med naboen. Vi talte om, hvem {navn} kan henvende sig til i boligselskabet.",
        "{navn} sagde: »Jeg vil gerne prøve selv næste gang.« Vi aftalte, at {medarbejder} venter udenfor ved {sted}.",
        "{navn} havde skrevet spørgsmål ned inden samtalen. Vi gennemgik dem ét for ét. Spørgsmålet om boligstøtte undersøger {medarbejder} til næste gang.",
        "Samtale om økonomi. {navn} har betalt husleje og el for denne måned. Tandlægeregningen mangler at blive betalt.",
        "{navn} fortalte, at medicinen giver træthed om formiddagen. {navn} tager det op med lægen {dag}.",
        "Vi talte om, hvad der skal til for at øge praktikken. {navn} foreslog at starte med en ekstra halv dag.",
        "{navn} mødte op {tid} sammen med sin mor. Samtalen handlede om den nye bolig og flytningen.",
        "{navn} sagde, at der er mange møder for tiden. Vi aftalte at samle aftalerne på samme ugedag fremover.",
        "{navn} fortalte, at gåturene er blevet en fast del af ugen. {navn} går nu en tur hen til {sted} de fleste dage.",
        "Samtale {tid} med {navn} og {medarbejder}. Vi gennemgik handleplanen og opdaterede to af delmålene, så de passer til hverdagen nu. {navn} ønsker flere aktiviteter i weekenden. Vi aftalte at undersøge tilbud i nærområdet til næste gang.",
        "{navn} fortalte om en god uge. Søsteren har været på besøg, og {navn} har lavet mad tre gange.",
        "{navn} ønskede at tale om sin søvn. Vi aftalte at føre søvndagbog i to uger.",
        "{navn} spurgte til reglerne for befordringsgodtgørelse. {medarbejder} sender informationen i e-Boks.",
        "Samtale om de næste tre måneder. {navn} peger selv på fællesspisningen og gåturene som det vigtigste at holde fast i.",
    ),
    "telefon": (
        "{navn} svarede ikke på opkald {tid}. Der er sendt en sms med et nyt tidspunkt.",
        "{navn} ringede {tid} og aflyste dagens aftale på grund af sygdom. Ny aftale {dag}.",
        "Telefonsamtale med {navn} {tid}. {navn} havde fået et brev fra Udbetaling Danmark og ønskede hjælp til at forstå det. Vi gennemgår brevet sammen {dag}.",
        "{navn} ringede for at fortælle, at lægebesøget var gået godt.",
        "Opkald til {navn} {tid} for at bekræfte mødet {dag}. {navn} bekræftede.",
        "{navn} ringede {tid} og var urolig over en regning. Vi aftalte at kigge på den ved næste besøg.",
        "Kort opkald med {navn} om transport til {sted}. {navn} tager selv bussen.",
        "{medarbejder} ringede til praktikstedet {tid}. {navn} har mødt stabilt de sidste to uger.",
        "{navn} ringede {tid} og spurgte, om besøget kunne flyttes til {dag}. Det blev aftalt.",
        "Telefonisk opfølgning med {navn}. {navn} fortalte, at indkøbsturen til {sted} lykkedes uden følgeskab.",
        "{navn} ringede {tid} efter aftale og fortalte om dagen. Morgenen havde været svær, men {navn} kom af sted til {sted}.",
        "Telefonsamtale med {navn} {tid}. {navn} fortalte, at weekenden havde været lang, og at {navn} havde været alene det meste af tiden. Vi talte om, hvad der kunne fylde weekenden ud, og {navn} nævnte biblioteket og svømmehallen. Vi aftalte at tale videre om det {dag}.",
        "{navn} svarede ikke på opkald {tid}. Der er lagt en besked på telefonsvareren.",
        "{navn} ringede og bad om hjælp til at bestille en tid hos tandlægen. {medarbejder} hjælper med det {dag}.",
        "Opkald fra {navn} {tid}. {navn} havde mistet sit nøglekort og var på vej til {sted} for at få et nyt.",
        "Kort samtale med {navn} om ugens plan. Alle aftaler står ved magt.",
    ),
    "sms": (
        "Sms til {navn}: Husk vores aftale {dag} {tid}. Hilsen {medarbejder}",
        "Sms fra {navn}: Jeg er lidt forsinket, kommer om 10 min.",
        "Sms sendt {tid} med påmindelse om lægetid {dag}.",
        "{navn} svarede på sms {tid} og bekræftede mødet.",
        "Sms fra {navn}: Har handlet ind selv i dag :)",
        "Sms til {navn} med adressen på mødestedet ved {sted} og tidspunktet {tid}.",
        "{navn} skrev {tid}, at aftalen {dag} ikke passer. Der er foreslået en ny tid.",
        "Sms fra {navn}: Tak for i dag.",
        "Sms til {navn}: Jeg står ved {sted} {tid}. Hilsen {medarbejder}",
        "{navn} har ikke svaret på sms fra {dag}. Der følges op med et opkald.",
        "Sms fra {navn}: Er syg i dag og bliver hjemme. Ringer i morgen.",
        "Sms til {navn} med påmindelse om at tage medicinlisten med til {sted}.",
        "Sms fra {navn} {tid}: Har betalt huslejen.",
        "Sms til {navn}: Godt gået med indkøbet i dag! Vi ses {dag}. Hilsen {medarbejder}",
        "Sms fra {navn}: Kan vi rykke til {dag}?",
        "Sms sendt med link til køreplanen for bussen til {sted}.",
    ),
    "hjemmebesoeg": (
        "Hjemmebesøg {dag} {tid}. {navn} havde ryddet op i stuen og lavet kaffe.",
        "Hjemmebesøg hos {navn}. Vi gennemgik posten sammen. Der var et brev om boligstøtte, som {navn} selv besvarede på borger.dk.",
        "Ved besøget {tid} lå {navn} på sofaen. {navn} fortalte, at natten havde været urolig. Vi gik en kort tur hen til {sted}.",
        "{navn} viste køleskabet frem. Der var mad til de næste par dage.",
        "Hjemmebesøg med fokus på økonomi. Vi lavede en oversigt over de faste udgifter, og {navn} satte selv huslejen op til automatisk betaling.",
        "{navn} lukkede op efter andet ring. Fjernsynet var tændt, og gardinerne var trukket for. {navn} slukkede selv fjernsynet, så vi kunne tale sammen.",
        "Hjemmebesøg {tid}. {navn} havde fyldt dosisæsken, og alle doser fra sidste uge var taget.",
        "Vi lavede aftensmad sammen. {navn} skrællede kartofler og stod for at stege frikadellerne.",
        "{navn} var ikke hjemme ved det aftalte besøg {tid}. {medarbejder} ringede, og {navn} fortalte at være ved {sted}. Ny aftale {dag}.",
        "Hjemmebesøg. Vaskemaskinen var gået i stykker. {navn} ringede selv til viceværten, mens {medarbejder} var der.",
        "Hjemmebesøg {dag}. {navn} havde købt en plante til vindueskarmen og fortalte, at lejligheden nu føles mere som et hjem.",
        "{navn} havde besøg af sin bror, da {medarbejder} kom. Broren blev under besøget efter ønske fra {navn}.",
        "Hjemmebesøg med fokus på rengøring. {navn} støvsugede stuen og soveværelset, og {medarbejder} hjalp med at bære skraldeposerne ned.",
        "Ved hjemmebesøget {tid} stod der en del opvask. {navn} tog opvasken, mens vi talte om ugen. Bagefter lavede vi en plan for, hvornår der vaskes op. {navn} hængte selv planen op på køleskabet.",
        "Kort hjemmebesøg. {navn} havde fået nyt sengetøj og ville gerne vise det frem.",
        "Hjemmebesøg {dag} {tid}. {navn} gennemgik ugens kalender og skrev selv de nye aftaler ind.",
    ),
    "netvaerksmoede": (
        "Netværksmøde {dag} {tid} med {navn}, mentor og {medarbejder}. Praktikken øges til 15 timer fra næste måned.",
        "Netværksmøde med {navn}, egen læge og {medarbejder}. Lægen oplyste, at medicinen bliver justeret.",
        "Netværksmøde med {navn} og familien. {navn} fortalte selv om de mål, der er nået siden sidst.",
        "På netværksmødet deltog {navn}, kontaktpersonen fra bostøtten, sygeplejersken fra distriktspsykiatrien og {medarbejder}. Alle var enige om at fortsætte med den nuværende plan.",
        "Netværksmøde {tid}. Praktikstedet oplyste, at {navn} møder stabilt og har fået nye opgaver på lageret.",
        "Netværksmøde om boligsituationen. Boligselskabet oplyste, at {navn} er nummer fire på ventelisten.",
        "Netværksmøde {dag}. {navn} havde selv valgt, hvem der skulle inviteres, og lavet dagsordenen sammen med {medarbejder}.",
        "Netværksmøde med misbrugskonsulenten. {navn} har mødt til alle behandlingssamtaler i perioden.",
        "Mødet blev flyttet til {dag} efter ønske fra {navn}.",
        "Netværksmøde med {navn}, mentor og virksomhedskonsulent. Vi aftalte en plan for de næste tre måneder med fokus på flere timer og faste opgaver. {navn} ønskede, at mentor fortsat deltager i opfølgningerne. Næste møde er aftalt {dag} {tid}.",
        "Netværksmøde {tid}. Deltagere: {navn}, fysioterapeut og {medarbejder}. Fysioterapeuten oplyste, at {navn} har gennemført alle træninger.",
        "På mødet fortalte {navn} om sine ønsker for fremtiden. Der blev noteret tre konkrete punkter til handleplanen.",
        "Netværksmøde med familien. Søsteren tilbød at følge {navn} til tandlægen. {navn} tog imod tilbuddet.",
        "Netværksmødet blev aflyst, da to deltagere var syge. Ny dato {dag}.",
        "Netværksmøde {dag} om fordeling af opgaver. Kontaktpersonen står for medicinen, {navn} står for indkøb, og {medarbejder} følger op på økonomien.",
        "Netværksmøde med {navn} og personalet fra bostedet. Dagsstrukturen blev gennemgået, og der blev tilføjet en fast gåtur om eftermiddagen.",
    ),
}


# ---------------------------------------------------------------------------
# Månedsopsummeringer. Pladsholdere: {navn}, {delmaal}.
# ---------------------------------------------------------------------------

SUMMARY_TEMPLATES: tuple[str, ...] = (
    "I måneden er der skrevet om delmålet »{delmaal}«. {navn} har mødt op til de fleste aftaler.",
    "Månedens notater handler især om »{delmaal}«. {navn} har arbejdet med delmålet flere gange om ugen.",
    "Der er i perioden fulgt op på »{delmaal}«. Notaterne beskriver både gode dage og dage, hvor {navn} havde brug for mere støtte.",
    "Delmålet »{delmaal}« går igen i månedens notater. {navn} har selv taget initiativ flere gange.",
    "I denne måned har fokus været på »{delmaal}«. Der er aftalt en ny plan for de kommende uger sammen med {navn}.",
    "Notaterne viser, at {navn} har arbejdet med »{delmaal}«. Der var aflysninger i starten af måneden, og resten af måneden forløb efter planen.",
    "Månedens indsats har drejet sig om »{delmaal}«. {navn} har mødt op til alle planlagte aftaler.",
    "»{delmaal}« har været det gennemgående tema i måneden. {navn} har selv beskrevet sin udvikling ved opfølgningen.",
    "Der er skrevet få notater om »{delmaal}« i måneden. {navn} har haft mange andre aftaler, og delmålet tages op igen ved næste opfølgning.",
    "I måneden er der arbejdet med »{delmaal}«. {navn} har fået mere rutine, og støtten er gradvist trappet ned.",
    "Opsummering for delmålet »{delmaal}«: {navn} har mødt op til de fleste aftaler, og notaterne beskriver både fremskridt og udfordringer.",
)

# ---------------------------------------------------------------------------
# Kalender
# ---------------------------------------------------------------------------

APPOINTMENT_TITLES: dict[str, tuple[str, ...]] = {
    "samtale": (
        "Opfølgningssamtale", "Samtale om handleplan", "Jobsamtale",
        "Børnesamtale", "Samtale om økonomi",
    ),
    "hjemmebesoeg": (
        "Hjemmebesøg", "Bostøtte – hjemmebesøg", "Hjemmebesøg – økonomi og post",
        "Hjemmebesøg – indkøb og madlavning",
    ),
    "netvaerksmoede": (
        "Netværksmøde med mentor", "Netværksmøde med familien",
        "Rundbordssamtale", "Netværksmøde med distriktspsykiatrien",
        "Netværksmøde med skolen",
    ),
    "telefon": (
        "Telefonisk opfølgning", "Telefonsamtale", "Ring tilbage", "Telefontid",
    ),
    "kontortid": (
        "Kontortid – dokumentation", "Kontortid – journalføring",
        "Kontortid – post og mails", "Kontortid – handleplaner",
    ),
    "teammoede": (
        "Teammøde", "Teammøde – fordeling af sager", "Faglig sparring i teamet",
        "Visitationsmøde",
    ),
    "supervision": (
        "Supervision", "Gruppesupervision", "Individuel supervision",
    ),
    "statusmoede": (
        "Statusmøde", "Statusmøde med leverandør", "Opfølgning på indsatsmål",
        "Statusmøde – handleplan",
    ),
    "fast_aktivitet": (
        "Fællesspisning", "Gåtur-gruppen", "Kreaværksted",
        "Morgenmad i fælleshuset", "Svømning", "Beboermøde",
    ),
    "andet": (
        "Kursus", "Temadag", "Personalemøde", "Følge til læge",
        "Følge til tandlæge",
    ),
}

# ---------------------------------------------------------------------------
# Netværk og samtykke (fiktive organisationer)
# ---------------------------------------------------------------------------

NETWORK_ROLES: tuple[tuple[str, str], ...] = (
    ("Mentor", "Jobcenter Vest"),
    ("Virksomhedskonsulent", "Jobcenter Vest"),
    ("Egen læge", "Lægehuset Ved Åen"),
    ("Mor", ""),
    ("Far", ""),
    ("Søster", ""),
    ("Bror", ""),
    ("Misbrugskonsulent", "Rusmiddelcentret Kløvermarken"),
    ("Psykiatrisk sygeplejerske", "Distriktspsykiatrien Søndermark"),
    ("Kontaktperson", "Bostøtten Lærkegården"),
    ("Fysioterapeut", "Fysioterapien Ved Søen"),
    ("Klasselærer", "Bøgeskovskolen"),
    ("Familiebehandler", "Familiehuset Æblehaven"),
    ("Praktikvejleder", "Genbrugsbutikken Gør Godt"),
    ("Gældsrådgiver", "Gældsrådgivningen Østbyen"),
    ("Værge", ""),
    ("Nabo", ""),
    ("Ven", ""),
)

CONSENT_SCOPES: tuple[tuple[str, str], ...] = (
    ("Egen læge", "Udveksling af oplysninger om medicin og helbred"),
    ("Distriktspsykiatrien", "Udveksling af oplysninger om behandling og aftaler"),
    ("Rusmiddelcentret", "Udveksling af oplysninger om fremmøde og behandlingsplan"),
    ("Praktikstedet", "Oplysninger om fremmøde og skånehensyn"),
    ("Boligselskabet", "Oplysninger om husleje og venteliste"),
    ("Mentor", "Udveksling af oplysninger om mål og fremmøde"),
    ("Pårørende", "Orientering om aftaler og mødetidspunkter"),
    ("Skolen", "Udveksling af oplysninger om fremmøde og trivsel"),
    ("Gældsrådgivningen", "Oplysninger om økonomi og gæld"),
)
