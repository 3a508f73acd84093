<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>AddContactDialog</name>
        <message>
            <source>Add a regional bureau contact</source>
            <translation>Өңірлік бюроның жаңа байланысы</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>Ө&amp;ңір:</translation>
        </message>
        <message>
            <source>&amp;Area code:</source>
            <translation>Қала &amp;коды:</translation>
        </message>
        <message>
            <source>for example 7172</source>
            <translation>мысалы, 7172</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Телефон:</translation>
        </message>
        <message>
            <source>for example 557-290; leave empty if unknown</source>
            <translation>мысалы, 557-290; нөмір белгісіз болса, бос қалдырыңыз</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Ескертпе:</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Cannot open the database</source>
            <translation>Дерекқорды ашу мүмкін емес</translation>
        </message>
        <message>
            <source>Start Joldama with --db PATH to work on another database file.</source>
            <translation>Басқа дерекқор файлымен жұмыс істеу үшін Joldama-ны --db ЖОЛ параметрімен іске қосыңыз.</translation>
        </message>
    </context>
    <context>
        <name>BedAvailabilityModel</name>
        <message>
            <source>no report</source>
            <translation>мәлімет жоқ</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Өңір</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Коды</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Медициналық ұйым</translation>
        </message>
        <message>
            <source>Bed profile</source>
            <translation>Төсек бейіні</translation>
        </message>
        <message>
            <source>Form of care</source>
            <translation>Көмек нысаны</translation>
        </message>
        <message>
            <source>Beds</source>
            <translation>Төсек саны</translation>
        </message>
        <message>
            <source>Occupied</source>
            <translation>Бос емес</translation>
        </message>
        <message>
            <source>Reserved</source>
            <translation>Сақталған</translation>
        </message>
        <message>
            <source>Free today</source>
            <translation>Бүгін бос</translation>
        </message>
        <message>
            <source>Free tomorrow</source>
            <translation>Ертең бос</translation>
        </message>
        <message>
            <source>Free the day after</source>
            <translation>Бүрсігүні бос</translation>
        </message>
        <message>
            <source>Report of</source>
            <translation>Мәлімет күні</translation>
        </message>
    </context>
    <context>
        <name>CareTerms</name>
        <message>
            <source>Free care package (GOBMP)</source>
            <translation>Тегін медициналық көмектің кепілдік берілген көлемі (ТМККК)</translation>
        </message>
        <message>
            <source>Compulsory health insurance (OSMS)</source>
            <translation>Міндетті әлеуметтік медициналық сақтандыру (МӘМС)</translation>
        </message>
        <message>
            <source>High-tech care quota (HTMC)</source>
            <translation>Жоғары технологиялық медициналық қызметке квота (ЖТМҚ)</translation>
        </message>
        <message>
            <source>Paid by the patient</source>
            <translation>Ақылы, пациенттің өз қаражаты есебінен</translation>
        </message>
        <message>
            <source>Surgical treatment</source>
            <translation>Хирургиялық емдеу</translation>
        </message>
        <message>
            <source>Conservative treatment</source>
            <translation>Консервативтік емдеу</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Диагностика</translation>
        </message>
        <message>
            <source>Rehabilitation</source>
            <translation>Оңалту</translation>
        </message>
        <message>
            <source>Round-the-clock hospital</source>
            <translation>Тәулік бойғы стационар</translation>
        </message>
        <message>
            <source>Day hospital</source>
            <translation>Күндізгі стационар</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Қала</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Ауыл</translation>
        </message>
        <message>
            <source>Brought by ambulance</source>
            <translation>Жедел жәрдеммен жеткізілді</translation>
        </message>
        <message>
            <source>Came on their own</source>
            <translation>Өзі жүгінді</translation>
        </message>
        <message>
            <source>Transferred from another hospital</source>
            <translation>Басқа медициналық ұйымнан ауыстырылды</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Ер</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Әйел</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Иә</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Жоқ</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The Qt database driver %1 is not installed. Install the package that provides it (libqt6sql6-sqlite or libqt6sql6-psql).</source>
            <translation>Qt-тың %1 дерекқор драйвері орнатылмаған. Оны қамтитын бумасын орнатыңыз (libqt6sql6-sqlite немесе libqt6sql6-psql).</translation>
        </message>
        <message>
            <source>%1 is a folder, not a database file. Give the path of a file, for example %2.</source>
            <translation>%1 — дерекқор файлы емес, қалта. Файлдың жолын көрсетіңіз, мысалы: %2.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the database. Choose a folder you may write to, or another file with --db.</source>
            <translation>Дерекқорға арналған %1 қалтасын жасау мүмкін емес. Жазуға рұқсатыңыз бар қалтаны немесе --db арқылы басқа файлды таңдаңыз.</translation>
        </message>
        <message>
            <source>opening the database</source>
            <translation>дерекқорды ашу</translation>
        </message>
        <message>
            <source>switching the database to write-ahead logging</source>
            <translation>дерекқорды алдын ала жазу журналы режиміне ауыстыру</translation>
        </message>
        <message>
            <source>The database %1 cannot use write-ahead logging (journal mode stays "%2"). Put the file on a local disk, not a network folder.</source>
            <translation>%1 дерекқоры алдын ала жазу журналымен жұмыс істей алмайды (журнал режимі «%2» күйінде қалды). Файлды желілік қалтаға емес, жергілікті дискіге орналастырыңыз.</translation>
        </message>
        <message>
            <source>Another workstation is writing to the database and did not finish in time. Nothing was saved; try again in a moment.</source>
            <translation>Дерекқорға басқа жұмыс орны жазып жатыр және уақытында аяқтамады. Ештеңе сақталған жоқ; біраздан кейін қайталап көріңіз.</translation>
        </message>
        <message>
            <source>The disk holding %1 is full. Nothing was saved; free some space and try again.</source>
            <translation>%1 орналасқан диск толып қалды. Ештеңе сақталған жоқ; орын босатып, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>The database %1 is read-only for you. Nothing was saved; ask the administrator for write access or open another file.</source>
            <translation>%1 дерекқоры сізге тек оқу үшін қолжетімді. Ештеңе сақталған жоқ; әкімшіден жазу құқығын сұраңыз немесе басқа файлды ашыңыз.</translation>
        </message>
        <message>
            <source>Cannot open the database file %1. Check that the folder exists and you may write to it, or choose another file with --db.</source>
            <translation>%1 дерекқор файлын ашу мүмкін емес. Қалтаның бар екенін және оған жазуға рұқсатыңыз барын тексеріңіз немесе --db арқылы басқа файлды таңдаңыз.</translation>
        </message>
        <message>
            <source>%1 is not a Joldama database (it is not an SQLite file). Choose another file with --db.</source>
            <translation>%1 — Joldama дерекқоры емес (бұл SQLite файлы емес). --db арқылы басқа файлды таңдаңыз.</translation>
        </message>
        <message>
            <source>The database %1 is damaged. Stop working with it and restore the latest backup; the administrator can help.</source>
            <translation>%1 дерекқоры зақымдалған. Онымен жұмысты тоқтатып, соңғы сақтық көшірмесін қалпына келтіріңіз; бұған әкімші көмектеседі.</translation>
        </message>
        <message>
            <source>The disk reported an error while %1 (%2). Nothing was saved; check the disk and try again.</source>
            <translation>Диск қате туралы хабарлады (%1: %2). Ештеңе сақталған жоқ; дискіні тексеріп, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>The change breaks a rule of the database (%1). Nothing was saved.</source>
            <translation>Өзгеріс дерекқор ережесін бұзады (%1). Ештеңе сақталған жоқ.</translation>
        </message>
        <message>
            <source>Cannot connect to the database server %1 (%2). Check the network and the server, or work on a local file with --db.</source>
            <translation>%1 дерекқор серверіне қосылу мүмкін емес (%2). Желі мен серверді тексеріңіз немесе --db арқылы жергілікті файлмен жұмыс істеңіз.</translation>
        </message>
        <message>
            <source>The database failed while %1: %2</source>
            <translation>Дерекқор қатесі (%1): %2</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>белгісіз қате</translation>
        </message>
    </context>
    <context>
        <name>HospitalBedsPage</name>
        <message>
            <source>All regions</source>
            <translation>Барлық өңірлер</translation>
        </message>
        <message>
            <source>All bed profiles</source>
            <translation>Төсектердің барлық бейіндері</translation>
        </message>
        <message>
            <source>Hospital beds</source>
            <translation>Стационар төсектері</translation>
        </message>
        <message>
            <source>Filter by hospital, code or profile</source>
            <translation>Ұйым, код немесе бейін бойынша іріктеу</translation>
        </message>
        <message>
            <source>Hospital profiles: %1, with a bed report: %2. Free beds today: %3, tomorrow: %4, the day after: %5.</source>
            <translation>Медициналық ұйымдардағы бейіндер: %1, төсек туралы мәліметі барлары: %2. Бос төсектер бүгін: %3, ертең: %4, бүрсігүні: %5.</translation>
        </message>
    </context>
    <context>
        <name>Iin</name>
        <message>
            <source>Enter the patient's IIN: 12 digits from the identity document.</source>
            <translation>Пациенттің ЖСН-ін енгізіңіз: жеке басын куәландыратын құжаттағы 12 цифр.</translation>
        </message>
        <message numerus="yes">
            <source>An IIN has exactly 12 digits; this one has %n character(s). Check it against the identity document.</source>
            <translation>
                <numerusform>ЖСН-де дәл 12 цифр болады, ал мұнда %n таңба. Нөмірді жеке басын куәландыратын құжатпен салыстырыңыз.</numerusform>
                <numerusform>ЖСН-де дәл 12 цифр болады, ал мұнда %n таңба. Нөмірді жеке басын куәландыратын құжатпен салыстырыңыз.</numerusform>
            </translation>
        </message>
        <message>
            <source>The 7th digit of an IIN must be 1 to 6 (century and sex). Check the number against the identity document.</source>
            <translation>ЖСН-нің жетінші цифры 1-ден 6-ға дейін болуы керек (туған ғасыры мен жынысы). Нөмірді жеке басын куәландыратын құжатпен салыстырыңыз.</translation>
        </message>
        <message>
            <source>The first six digits of an IIN are the birth date (YYMMDD), and this is not a real date. Check the number against the identity document.</source>
            <translation>ЖСН-нің алғашқы алты цифры — туған күн (ЖЖААКК), ал мұндай күн жоқ. Нөмірді жеке басын куәландыратын құжатпен салыстырыңыз.</translation>
        </message>
        <message>
            <source>No IIN is ever issued with these first eleven digits. Check the number against the identity document.</source>
            <translation>Алғашқы он бір цифры осындай ЖСН ешқашан берілмейді. Нөмірді жеке басын куәландыратын құжатпен салыстырыңыз.</translation>
        </message>
        <message>
            <source>The last digit of this IIN does not match the others: a digit is probably mistyped. Check the number against the identity document.</source>
            <translation>ЖСН-нің соңғы цифры қалғандарымен сәйкес келмейді: бір цифр қате терілген болуы мүмкін. Нөмірді жеке басын куәландыратын құжатпен салыстырыңыз.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Joldama — Bureau of Hospitalization</source>
            <translation>Joldama — Емдеуге жатқызу бюросы</translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>Пациенттер</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Жолдамалар</translation>
        </message>
        <message>
            <source>Hospital beds</source>
            <translation>Стационар төсектері</translation>
        </message>
        <message>
            <source>Regional contacts</source>
            <translation>Өңірлік байланыстар</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Жаңарту</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Тіл</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <source>&amp;About Joldama</source>
            <translation>Joldama &amp;туралы</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Дерекқор: %1</translation>
        </message>
        <message>
            <source>Start Joldama with --db PATH to work on another database file.</source>
            <translation>Басқа дерекқор файлымен жұмыс істеу үшін Joldama-ны --db ЖОЛ параметрімен іске қосыңыз.</translation>
        </message>
        <message>
            <source>About Joldama</source>
            <translation>Joldama туралы</translation>
        </message>
        <message>
            <source>Joldama %1
The workstation of a regional Bureau of Hospitalization: patients, referrals, waiting lists and free beds.

Database: %2 (schema version %3)</source>
            <translation>Joldama %1
Өңірлік емдеуге жатқызу бюросының жұмыс орны: пациенттер, жолдамалар, күту парақтары және бос төсектер.

Дерекқор: %2 (сызба нұсқасы %3)</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>%1 is a database of another program, not of Joldama. Nothing was changed. Choose another file.</source>
            <translation>%1 — Joldama-ның емес, басқа бағдарламаның дерекқоры. Ештеңе өзгертілген жоқ. Басқа файлды таңдаңыз.</translation>
        </message>
        <message>
            <source>The database %1 was written by a newer Joldama (schema version %2; this program knows up to %3). Nothing was changed. Install the newer Joldama, or open another database.</source>
            <translation>%1 дерекқорын Joldama-ның жаңарақ нұсқасы жазған (сызба нұсқасы %2; бұл бағдарлама %3 нұсқаға дейін ғана таниды). Ештеңе өзгертілген жоқ. Joldama-ның жаңа нұсқасын орнатыңыз немесе басқа дерекқорды ашыңыз.</translation>
        </message>
        <message>
            <source>upgrading the database</source>
            <translation>дерекқорды жаңарту</translation>
        </message>
        <message>
            <source>Upgrading the database to version %1 (%2) failed; the database was left as it was. %3</source>
            <translation>Дерекқорды %1 нұсқасына (%2) жаңарту сәтсіз аяқталды; дерекқор бұрынғы күйінде қалды. %3</translation>
        </message>
    </context>
    <context>
        <name>PatientTableModel</name>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Тегі, аты, әкесінің аты</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Өңір</translation>
        </message>
        <message>
            <source>Attached clinic</source>
            <translation>Тіркелген емхана</translation>
        </message>
        <message>
            <source>OSMS insured</source>
            <translation>МӘМС-те сақтандырылған</translation>
        </message>
    </context>
    <context>
        <name>PatientsPage</name>
        <message>
            <source>Counting…</source>
            <translation>Саналуда…</translation>
        </message>
        <message numerus="yes">
            <source>%n patient(s)</source>
            <translation>
                <numerusform>%n пациент</numerusform>
                <numerusform>%n пациент</numerusform>
            </translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>Пациенттер</translation>
        </message>
        <message>
            <source>Find by IIN or name (any part, any case)</source>
            <translation>ЖСН немесе аты-жөні бойынша іздеу (кез келген бөлігі, кез келген регистр)</translation>
        </message>
    </context>
    <context>
        <name>PhoneNumber</name>
        <message>
            <source>A phone number may hold only digits, spaces, dashes, brackets and a leading +.</source>
            <translation>Телефон нөмірінде тек цифрлар, бос орындар, сызықшалар, жақшалар және басында + белгісі болуы мүмкін.</translation>
        </message>
        <message>
            <source>Enter a Kazakhstan number with 10 digits after +7 or 8, for example 8 701 123 45 67.</source>
            <translation>Қазақстандық нөмірді енгізіңіз: +7 немесе 8-ден кейін 10 цифр, мысалы 8 701 123 45 67.</translation>
        </message>
    </context>
    <context>
        <name>Query</name>
        <message>
            <source>preparing a query</source>
            <translation>сұрауды дайындау</translation>
        </message>
        <message>
            <source>reading or writing data</source>
            <translation>деректерді оқу немесе жазу</translation>
        </message>
    </context>
    <context>
        <name>ReferenceDataService</name>
        <message>
            <source>The shipped reference list %1 is missing from this build of Joldama.</source>
            <translation>Joldama-ның бұл жинағында бағдарламамен бірге берілуге тиіс %1 анықтамалығы жоқ.</translation>
        </message>
    </context>
    <context>
        <name>ReferralStatuses</name>
        <message>
            <source>In the waiting list</source>
            <translation>Күту парағында</translation>
        </message>
        <message>
            <source>Date confirmed</source>
            <translation>Күні расталды</translation>
        </message>
        <message>
            <source>Hospitalized</source>
            <translation>Емдеуге жатқызылды</translation>
        </message>
        <message>
            <source>Discharged</source>
            <translation>Шығарылды</translation>
        </message>
        <message>
            <source>Refused by the hospital</source>
            <translation>Медициналық ұйым бас тартты</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Күші жойылды</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>Келмеді</translation>
        </message>
        <message>
            <source>Moved to another hospital</source>
            <translation>Басқа медициналық ұйымға ауыстырылды</translation>
        </message>
    </context>
    <context>
        <name>ReferralTableModel</name>
        <message>
            <source>Referral code</source>
            <translation>Жолдама коды</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Тіркелген</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Пациент</translation>
        </message>
        <message>
            <source>Hospital code</source>
            <translation>МҰ коды</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Медициналық ұйым</translation>
        </message>
        <message>
            <source>Bed profile</source>
            <translation>Төсек бейіні</translation>
        </message>
        <message>
            <source>Preliminary date</source>
            <translation>Болжамды күні</translation>
        </message>
        <message>
            <source>Confirmed date</source>
            <translation>Расталған күні</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Қаржыландыру көзі</translation>
        </message>
        <message>
            <source>Diagnosis (ICD-10)</source>
            <translation>Диагноз (АХЖ-10)</translation>
        </message>
    </context>
    <context>
        <name>ReferralsPage</name>
        <message>
            <source>Counting…</source>
            <translation>Саналуда…</translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s)</source>
            <translation>
                <numerusform>%n жолдама</numerusform>
                <numerusform>%n жолдама</numerusform>
            </translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Жолдамалар</translation>
        </message>
        <message>
            <source>Find by referral code, IIN or patient name</source>
            <translation>Жолдама коды, ЖСН немесе пациенттің аты-жөні бойынша іздеу</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Барлық мәртебелер</translation>
        </message>
    </context>
    <context>
        <name>RegionalContact</name>
        <message>
            <source>The area code is 3 to 5 digits, for example 7172.</source>
            <translation>Қала коды 3-тен 5-ке дейін цифрдан тұрады, мысалы 7172.</translation>
        </message>
        <message>
            <source>The phone number may hold only digits, spaces and dashes, for example 557-290.</source>
            <translation>Телефон нөмірінде тек цифрлар, бос орындар мен сызықшалар болуы мүмкін, мысалы 557-290.</translation>
        </message>
        <message>
            <source>A local number has 5 to 8 digits; check it.</source>
            <translation>Жергілікті нөмір 5-тен 8-ге дейін цифрдан тұрады; оны тексеріңіз.</translation>
        </message>
    </context>
    <context>
        <name>RegionalContactModel</name>
        <message>
            <source>number not published</source>
            <translation>нөмір жарияланбаған</translation>
        </message>
        <message>
            <source>The Bureau's portal gives no number for this bureau. Enter it when you learn it.</source>
            <translation>Емдеуге жатқызу бюросының порталында бұл бюроның нөмірі көрсетілмеген. Нөмірді білген кезде енгізіңіз.</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Өңір</translation>
        </message>
        <message>
            <source>Area code</source>
            <translation>Қала коды</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>Жаңартылған күні</translation>
        </message>
    </context>
    <context>
        <name>RegionalContactService</name>
        <message>
            <source>Choose the region this bureau serves.</source>
            <translation>Осы бюро қызмет көрсететін өңірді таңдаңыз.</translation>
        </message>
        <message>
            <source>This contact was removed on another workstation. Refresh the list.</source>
            <translation>Бұл байланыс басқа жұмыс орнында жойылды. Тізімді жаңартыңыз.</translation>
        </message>
    </context>
    <context>
        <name>RegionalContactsPage</name>
        <message>
            <source>Contact not saved</source>
            <translation>Байланыс сақталмады</translation>
        </message>
        <message>
            <source>Remove the contact of %1 (%2 %3)? It stays in the database's history but is no longer shown or printed.</source>
            <translation>Байланысты жою керек пе: %1 (%2 %3)? Жазба дерекқор тарихында қалады, бірақ енді көрсетілмейді және басып шығарылмайды.</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>Байланысты жою</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n байланыс</numerusform>
                <numerusform>%n байланыс</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without a published number</source>
            <translation>
                <numerusform>%n байланыстың нөмірі жарияланбаған</numerusform>
                <numerusform>%n байланыстың нөмірі жарияланбаған</numerusform>
            </translation>
        </message>
        <message>
            <source>Regional bureau contacts</source>
            <translation>Өңірлік бюролардың байланыстары</translation>
        </message>
        <message>
            <source>Filter by region or number</source>
            <translation>Өңір немесе нөмір бойынша іріктеу</translation>
        </message>
        <message>
            <source>&amp;Add contact…</source>
            <translation>Байланыс &amp;қосу…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Жою</translation>
        </message>
    </context>
    <context>
        <name>WriteTransaction</name>
        <message>
            <source>starting to save</source>
            <translation>сақтауды бастау</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>сақтау</translation>
        </message>
    </context>
</TS>
