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
        <name>ClerkActions</name>
        <message>
            <source>Patient %1 saved.</source>
            <translation>Пациент сақталды: %1.</translation>
        </message>
        <message>
            <source>Referral %1 registered.</source>
            <translation>%1 жолдамасы тіркелді.</translation>
        </message>
        <message>
            <source>Referral registered</source>
            <translation>Жолдама тіркелді</translation>
        </message>
        <message>
            <source>The referral is registered.

Code: %1

Give the patient this code: it shows their place in the waiting list.</source>
            <translation>Жолдама тіркелді.

Коды: %1

Бұл кодты пациентке беріңіз: ол арқылы күту парағындағы кезегін білуге болады.</translation>
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
        <name>DiagnosisService</name>
        <message>
            <source>The first line must name the columns code and name_ru (or name); name_kk and name_en may follow.</source>
            <translation>Бірінші жолда code және name_ru (немесе name) бағандарының атаулары болуы керек; олардан кейін name_kk және name_en болуы мүмкін.</translation>
        </message>
        <message>
            <source>The diagnosis %1 has no name.</source>
            <translation>%1 диагнозының атауы жоқ.</translation>
        </message>
    </context>
    <context>
        <name>DocumentCheck</name>
        <message>
            <source>valid</source>
            <translation>жарамды</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>will have expired</source>
            <translation>мерзімі өтіп кетеді</translation>
        </message>
        <message>
            <source>no date of issue</source>
            <translation>берілген күні жоқ</translation>
        </message>
        <message>
            <source>not required</source>
            <translation>талап етілмейді</translation>
        </message>
        <message>
            <source>valid until %1</source>
            <translation>%1 дейін жарамды</translation>
        </message>
        <message>
            <source>present</source>
            <translation>бар</translation>
        </message>
        <message>
            <source>valid only until %1, before the admission day</source>
            <translation>тек %1 дейін жарамды, мерзімі емдеуге жатқызу күніне дейін өтеді</translation>
        </message>
        <message>
            <source>present, but the date of issue is not recorded</source>
            <translation>бар, бірақ берілген күні көрсетілмеген</translation>
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
        <name>IcdCode</name>
        <message>
            <source>Enter the diagnosis: an ICD-10 code such as I25.1, or start typing its name.</source>
            <translation>Диагнозды енгізіңіз: АХЖ-10 кодын, мысалы, I25.1, немесе оның атауын тере бастаңыз.</translation>
        </message>
        <message>
            <source>"%1" is not an ICD-10 code. A code is a Latin letter and two digits, with an optional part after a dot: I25, I25.1, M17.11.</source>
            <translation>«%1» — АХЖ-10 коды емес. Код латын әрпі мен екі цифрдан тұрады, нүктеден кейін нақтылайтын бөлігі болуы мүмкін: I25, I25.1, M17.11.</translation>
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
        <name>ImportReport</name>
        <message>
            <source>The import was cancelled; the database is as it was before it.</source>
            <translation>Импорттау тоқтатылды; дерекқор бұрынғы күйінде қалды.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have problems. Correct them and import the file again, or import the good rows only.</source>
            <translation>
                <numerusform>Ештеңе импортталған жоқ: %n жолда қате бар. Қателерді түзетіп, файлды қайта импорттаңыз немесе тек дұрыс жолдарды импорттаңыз.</numerusform>
                <numerusform>Ештеңе импортталған жоқ: %n жолда қате бар. Қателерді түзетіп, файлды қайта импорттаңыз немесе тек дұрыс жолдарды импорттаңыз.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n row(s).</source>
            <translation>
                <numerusform>%n жол импортталды.</numerusform>
                <numerusform>%n жол импортталды.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) were already there unchanged.</source>
            <translation>
                <numerusform>%n жол дерекқорда бұрыннан бар, өзгерген жоқ.</numerusform>
                <numerusform>%n жол дерекқорда бұрыннан бар, өзгерген жоқ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bad row(s) were skipped.</source>
            <translation>
                <numerusform>Қатесі бар %n жол өткізіп жіберілді.</numerusform>
                <numerusform>Қатесі бар %n жол өткізіп жіберілді.</numerusform>
            </translation>
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
        <message>
            <source>Main toolbar</source>
            <translation>Негізгі құралдар тақтасы</translation>
        </message>
        <message>
            <source>&amp;Records</source>
            <translation>&amp;Жазбалар</translation>
        </message>
        <message>
            <source>New &amp;patient…</source>
            <translation>Жаңа &amp;пациент…</translation>
        </message>
        <message>
            <source>New &amp;referral…</source>
            <translation>Жаңа &amp;жолдама…</translation>
        </message>
        <message>
            <source>&amp;Find a patient or referral</source>
            <translation>Пациентті немесе жолдаманы &amp;іздеу</translation>
        </message>
        <message>
            <source>Find a patient or referral: IIN, code or name (Ctrl+F)</source>
            <translation>Пациентті немесе жолдаманы іздеу: ЖСН, код немесе аты-жөні (Ctrl+F)</translation>
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
        <name>PatientDialog</name>
        <message>
            <source>&amp;IIN:</source>
            <translation>&amp;ЖСН:</translation>
        </message>
        <message>
            <source>12 digits from the identity document</source>
            <translation>жеке басын куәландыратын құжаттағы 12 цифр</translation>
        </message>
        <message>
            <source>Born, sex:</source>
            <translation>Туған күні, жынысы:</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Тегі:</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Аты:</translation>
        </message>
        <message>
            <source>&amp;Middle name:</source>
            <translation>&amp;Әкесінің аты:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>Теле&amp;фон:</translation>
        </message>
        <message>
            <source>for example 8 701 123 45 67</source>
            <translation>мысалы, 8 701 123 45 67</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>Ме&amp;кенжайы:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>Ө&amp;ңір:</translation>
        </message>
        <message>
            <source>Attached &amp;clinic:</source>
            <translation>Тіркелген &amp;емхана:</translation>
        </message>
        <message>
            <source>OSMS:</source>
            <translation>МӘМС:</translation>
        </message>
        <message>
            <source>&amp;Insured in compulsory social health insurance</source>
            <translation>&amp;Міндетті әлеуметтік медициналық сақтандыру жүйесінде сақтандырылған</translation>
        </message>
        <message>
            <source>&amp;Benefit category:</source>
            <translation>Жеңілдік &amp;санаты:</translation>
        </message>
        <message>
            <source>Patient %1</source>
            <translation>Пациент: %1</translation>
        </message>
        <message>
            <source>Register a patient</source>
            <translation>Пациентті тіркеу</translation>
        </message>
        <message>
            <source>— not given —</source>
            <translation>— көрсетілмеген —</translation>
        </message>
        <message>
            <source>Already registered</source>
            <translation>Бұрын тіркелген</translation>
        </message>
        <message>
            <source>Open the registered patient?</source>
            <translation>Тіркелген пациенттің жазбасын ашу керек пе?</translation>
        </message>
    </context>
    <context>
        <name>PatientRules</name>
        <message>
            <source>Enter the last name.</source>
            <translation>Тегін енгізіңіз.</translation>
        </message>
        <message>
            <source>Enter the first name.</source>
            <translation>Атын енгізіңіз.</translation>
        </message>
        <message>
            <source>The last name may hold only letters, with a hyphen, apostrophe or space between its parts.</source>
            <translation>Тегінде тек әріптер болуы мүмкін; оның бөліктері сызықшамен, апострофпен немесе бос орынмен бөлінеді.</translation>
        </message>
        <message>
            <source>The first name may hold only letters, with a hyphen, apostrophe or space between its parts.</source>
            <translation>Атында тек әріптер болуы мүмкін; оның бөліктері сызықшамен, апострофпен немесе бос орынмен бөлінеді.</translation>
        </message>
        <message>
            <source>The middle name may hold only letters, with a hyphen, apostrophe or space between its parts.</source>
            <translation>Әкесінің атында тек әріптер болуы мүмкін; оның бөліктері сызықшамен, апострофпен немесе бос орынмен бөлінеді.</translation>
        </message>
        <message>
            <source>Choose the benefit category from the list.</source>
            <translation>Жеңілдік санатын тізімнен таңдаңыз.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Жоқ</translation>
        </message>
        <message>
            <source>Disability, group I</source>
            <translation>I топтағы мүгедектік</translation>
        </message>
        <message>
            <source>Disability, group II</source>
            <translation>II топтағы мүгедектік</translation>
        </message>
        <message>
            <source>Disability, group III</source>
            <translation>III топтағы мүгедектік</translation>
        </message>
        <message>
            <source>Child with a disability</source>
            <translation>Мүгедектігі бар бала</translation>
        </message>
        <message>
            <source>War veteran</source>
            <translation>Соғыс ардагері</translation>
        </message>
        <message>
            <source>Large family</source>
            <translation>Көп балалы отбасы</translation>
        </message>
        <message>
            <source>Low-income family</source>
            <translation>Аз қамтылған отбасы</translation>
        </message>
        <message>
            <source>Pensioner</source>
            <translation>Зейнеткер</translation>
        </message>
        <message>
            <source>Other category</source>
            <translation>Басқа санат</translation>
        </message>
    </context>
    <context>
        <name>PatientService</name>
        <message>
            <source>"%1" is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
            <translation>«%1» — өңір емес. Өңірдің екі таңбалы ӘАОЖ кодын көрсетіңіз, мысалы, Астана үшін 71.</translation>
        </message>
        <message>
            <source>A patient with IIN %1 is already registered: %2. Open that record instead of registering the patient again.</source>
            <translation>ЖСН-і %1 пациент бұрын тіркелген: %2. Пациентті қайта тіркемей, сол жазбаны ашыңыз.</translation>
        </message>
        <message>
            <source>This patient is no longer in the registry. Refresh the list.</source>
            <translation>Бұл пациент тізілімде енді жоқ. Тізімді жаңартыңыз.</translation>
        </message>
        <message>
            <source>The IIN of a registered patient cannot be changed. If it was registered with a wrong IIN, register the patient with the right one.</source>
            <translation>Тіркелген пациенттің ЖСН-ін өзгертуге болмайды. Пациент қате ЖСН-мен тіркелген болса, оны дұрыс ЖСН-мен тіркеңіз.</translation>
        </message>
        <message>
            <source>The file is empty: the first line must name the columns.</source>
            <translation>Файл бос: бірінші жолда бағандардың атаулары болуы керек.</translation>
        </message>
        <message>
            <source>The header lacks the column(s) %1. The first line must name at least iin, last_name and first_name.</source>
            <translation>Тақырып жолында мына бағандар жоқ: %1. Бірінші жолда кемінде iin, last_name және first_name болуы керек.</translation>
        </message>
        <message>
            <source>Unknown column "%1". Known columns: %2.</source>
            <translation>«%1» бағаны белгісіз. Рұқсат етілген бағандар: %2.</translation>
        </message>
        <message>
            <source>A quoted field is never closed.</source>
            <translation>Тырнақшадағы өріс жабылмаған.</translation>
        </message>
        <message>
            <source>The row has %1 fields, the header %2.</source>
            <translation>Жолдағы өрістер саны: %1, ал тақырып жолында: %2.</translation>
        </message>
        <message>
            <source>IIN %1 appears twice in the file.</source>
            <translation>%1 ЖСН файлда екі рет кездеседі.</translation>
        </message>
        <message>
            <source>IIN %1 is already registered as %2.</source>
            <translation>%1 ЖСН бұрын тіркелген: %2.</translation>
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
        <message>
            <source>&amp;New patient…</source>
            <translation>Жаңа &amp;пациент…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Өзгерту…</translation>
        </message>
        <message>
            <source>New &amp;referral for the patient…</source>
            <translation>Пациентке жаңа жол&amp;дама…</translation>
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
        <name>ReferralCode</name>
        <message>
            <source>Enter the referral code, for example 71.7101.CAR.1F.</source>
            <translation>Жолдама кодын енгізіңіз, мысалы, 71.7101.CAR.1F.</translation>
        </message>
        <message>
            <source>"%1" is not a referral code. A code looks like 71.7101.CAR.1F: region, hospital, bed profile and number, separated by dots.</source>
            <translation>«%1» — жолдама коды емес. Код 71.7101.CAR.1F түрінде болады: өңір, медициналық ұйым, төсек бейіні және нөмір нүктелермен бөлінеді.</translation>
        </message>
    </context>
    <context>
        <name>ReferralDetailDialog</name>
        <message>
            <source>Document not saved</source>
            <translation>Құжат сақталмады</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Тарихы</translation>
        </message>
        <message>
            <source>Referral %1</source>
            <translation>%1 жолдамасы</translation>
        </message>
        <message>
            <source>The document package is complete for %1.</source>
            <translation>%1 жағдай бойынша құжаттар топтамасы толық.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>бүгінгі</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) missing or not valid on %1. Tick what the patient has and enter the date of issue.</source>
            <translation>
                <numerusform>%1 жағдай бойынша %n құжат жоқ немесе жарамсыз. Пациентте бар құжаттарды белгілеп, берілген күнін енгізіңіз.</numerusform>
                <numerusform>%1 жағдай бойынша %n құжат жоқ немесе жарамсыз. Пациентте бар құжаттарды белгілеп, берілген күнін енгізіңіз.</numerusform>
            </translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Пациент</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
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
            <source>Diagnosis</source>
            <translation>Диагноз</translation>
        </message>
        <message>
            <source>Form of care</source>
            <translation>Көмек нысаны</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Емдеуге жатқызу мақсаты</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Қаржыландыру көзі</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Басымдық</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Тіркелген</translation>
        </message>
        <message>
            <source>Confirmed date</source>
            <translation>Расталған күні</translation>
        </message>
        <message>
            <source>Preliminary date</source>
            <translation>Болжамды күні</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Кім жолдады</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Ескертпе</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Register a referral</source>
            <translation>Жолдаманы тіркеу</translation>
        </message>
        <message>
            <source>Patient and diagnosis</source>
            <translation>Пациент және диагноз</translation>
        </message>
        <message>
            <source>&amp;Patient:</source>
            <translation>&amp;Пациент:</translation>
        </message>
        <message>
            <source>IIN or name</source>
            <translation>ЖСН немесе аты-жөні</translation>
        </message>
        <message>
            <source>&amp;Diagnosis:</source>
            <translation>&amp;Диагноз:</translation>
        </message>
        <message>
            <source>ICD-10 code or name</source>
            <translation>АХЖ-10 коды немесе атауы</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Қайда</translation>
        </message>
        <message>
            <source>Bed &amp;profile:</source>
            <translation>Төсек &amp;бейіні:</translation>
        </message>
        <message>
            <source>Hospitals in re&amp;gion:</source>
            <translation>МҰ ө&amp;ңірі:</translation>
        </message>
        <message>
            <source>&amp;Hospital chosen by the patient:</source>
            <translation>Пациент &amp;таңдаған МҰ:</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Емдеуге жатқызу шарттары</translation>
        </message>
        <message>
            <source>&amp;Form of care:</source>
            <translation>Көмек &amp;нысаны:</translation>
        </message>
        <message>
            <source>P&amp;urpose:</source>
            <translation>&amp;Мақсаты:</translation>
        </message>
        <message>
            <source>F&amp;unding:</source>
            <translation>&amp;Қаржыландыру көзі:</translation>
        </message>
        <message>
            <source>&amp;Territory:</source>
            <translation>&amp;Аумақ:</translation>
        </message>
        <message>
            <source>Pr&amp;iority:</source>
            <translation>Ба&amp;сымдық:</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Кім жолдады</translation>
        </message>
        <message>
            <source>Region of the &amp;referring organization:</source>
            <translation>Жолдама берген ұйымның &amp;өңірі:</translation>
        </message>
        <message>
            <source>Referring &amp;organization:</source>
            <translation>Жолдама берген &amp;ұйым:</translation>
        </message>
        <message>
            <source>&amp;Doctor:</source>
            <translation>Дә&amp;рігер:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Ескертпе:</translation>
        </message>
        <message>
            <source>Emergency:</source>
            <translation>Шұғыл жағдай:</translation>
        </message>
        <message>
            <source>&amp;Emergency admission without a referral</source>
            <translation>Жолдамасыз &amp;шұғыл емдеуге жатқызу</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>Тір&amp;кеу</translation>
        </message>
        <message>
            <source>No hospital of this region admits to this profile</source>
            <translation>Бұл өңірде осы бейін бойынша қабылдайтын медициналық ұйым жоқ</translation>
        </message>
        <message>
            <source>No registered patient has this IIN.</source>
            <translation>Мұндай ЖСН-і бар пациент тіркелмеген.</translation>
        </message>
        <message>
            <source>%1 is not in the ICD-10 dictionary.</source>
            <translation>%1 коды АХЖ-10 анықтамалығында жоқ.</translation>
        </message>
    </context>
    <context>
        <name>ReferralDocumentModel</name>
        <message>
            <source>(if needed)</source>
            <translation>(қажет болса)</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) from issue</source>
            <translation>
                <numerusform>берілген күннен бастап %n күн</numerusform>
                <numerusform>берілген күннен бастап %n күн</numerusform>
            </translation>
        </message>
        <message>
            <source>does not expire</source>
            <translation>мерзімсіз</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <source>Has it</source>
            <translation>Бар</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Жарамдылық мерзімі</translation>
        </message>
        <message>
            <source>On the planned day</source>
            <translation>Жоспарлы күнге</translation>
        </message>
    </context>
    <context>
        <name>ReferralHistoryModel</name>
        <message>
            <source>moved to %1</source>
            <translation>ауыстырылды, жаңа жолдама %1</translation>
        </message>
        <message>
            <source>moved from %1</source>
            <translation>%1 жолдамасынан ауыстырылды</translation>
        </message>
        <message>
            <source>admitted without the full document package: %1</source>
            <translation>құжаттардың толық топтамасынсыз емдеуге жатқызылды: %1</translation>
        </message>
        <message>
            <source>emergency admission</source>
            <translation>шұғыл емдеуге жатқызу</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Күні мен уақыты</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Пайдаланушы</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Бұрынғы мәртебесі</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Жаңа мәртебесі</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Оқиға күні</translation>
        </message>
        <message>
            <source>Reason and details</source>
            <translation>Себебі және толығырақ</translation>
        </message>
    </context>
    <context>
        <name>ReferralLifecycle</name>
        <message>
            <source>The referral is closed (%1): nothing more can happen to it. Register a new referral if the patient still needs hospitalization.</source>
            <translation>Жолдама жабылған (%1): оны енді өзгертуге болмайды. Пациентке әлі де емдеуге жатқызу қажет болса, жаңа жолдама тіркеңіз.</translation>
        </message>
        <message>
            <source>Confirm the admission date first: only a referral with a confirmed date can be marked as hospitalized.</source>
            <translation>Алдымен емдеуге жатқызу күнін растаңыз: емдеуге жатқызылды деп тек күні расталған жолдаманы ғана белгілеуге болады.</translation>
        </message>
        <message>
            <source>Only a hospitalized patient can be discharged.</source>
            <translation>Тек емдеуге жатқызылған пациентті ғана шығаруға болады.</translation>
        </message>
        <message>
            <source>Only a patient with a confirmed date can be marked as not having come.</source>
            <translation>Келмеді деп тек күні расталған пациентті ғана белгілеуге болады.</translation>
        </message>
        <message>
            <source>A referral cannot go back to the waiting list; give it a new date instead.</source>
            <translation>Жолдаманы күту парағына қайтаруға болмайды; оның орнына жаңа күн белгілеңіз.</translation>
        </message>
        <message>
            <source>The patient is in hospital: the only next step is discharge.</source>
            <translation>Пациент стационарда жатыр: келесі қадам тек шығару болуы мүмкін.</translation>
        </message>
        <message>
            <source>The patient did not come: give a new date or cancel the referral.</source>
            <translation>Пациент келмеді: жаңа күн белгілеңіз немесе жолдаманың күшін жойыңыз.</translation>
        </message>
        <message>
            <source>A referral cannot go from "%1" to "%2".</source>
            <translation>Жолдаманы «%1» мәртебесінен «%2» мәртебесіне ауыстыруға болмайды.</translation>
        </message>
    </context>
    <context>
        <name>ReferralService</name>
        <message>
            <source>No patient with IIN %1 is registered. Register the patient first.</source>
            <translation>ЖСН-і %1 пациент тіркелмеген. Алдымен пациентті тіркеңіз.</translation>
        </message>
        <message>
            <source>Choose the patient the referral is for.</source>
            <translation>Жолдама ресімделетін пациентті таңдаңыз.</translation>
        </message>
        <message>
            <source>Choose the region of the referring organization: its KATO code starts the referral code.</source>
            <translation>Жолдама берген ұйымның өңірін таңдаңыз: жолдама коды осы өңірдің ӘАОЖ кодынан басталады.</translation>
        </message>
        <message>
            <source>"%1" is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
            <translation>«%1» — өңір емес. Өңірдің екі таңбалы ӘАОЖ кодын көрсетіңіз, мысалы, Астана үшін 71.</translation>
        </message>
        <message>
            <source>Choose the bed profile from the list ("%1" is not one).</source>
            <translation>Төсек бейінін тізімнен таңдаңыз («%1» — төсек бейіні емес).</translation>
        </message>
        <message>
            <source>There is no active hospital with the code "%1". Choose one from the list.</source>
            <translation>«%1» коды бар жұмыс істеп тұрған медициналық ұйым жоқ. Медициналық ұйымды тізімнен таңдаңыз.</translation>
        </message>
        <message>
            <source>%1 does not admit planned patients to the profile "%2". Choose a hospital offered for this profile.</source>
            <translation>%1 «%2» бейіні бойынша жоспарлы пациенттерді қабылдамайды. Осы бейін үшін ұсынылған медициналық ұйымды таңдаңыз.</translation>
        </message>
        <message>
            <source>The form of care is round_the_clock or day.</source>
            <translation>Көмек нысаны round_the_clock немесе day болуы керек.</translation>
        </message>
        <message>
            <source>The purpose is one of: surgical, conservative, diagnostics, rehabilitation.</source>
            <translation>Емдеуге жатқызу мақсаты мына мәндердің бірі болуы керек: surgical, conservative, diagnostics, rehabilitation.</translation>
        </message>
        <message>
            <source>The funding is one of: gobmp, osms, htmc, paid.</source>
            <translation>Қаржыландыру көзі мына мәндердің бірі болуы керек: gobmp, osms, htmc, paid.</translation>
        </message>
        <message>
            <source>The territory is city or village.</source>
            <translation>Аумақ city немесе village болуы керек.</translation>
        </message>
        <message>
            <source>The priority is a whole number from 0 (usual) to %1 (most urgent).</source>
            <translation>Басымдық 0 (қалыпты) мен %1 (ең шұғыл) аралығындағы бүтін сан болуы керек.</translation>
        </message>
        <message>
            <source>%1 is not in the ICD-10 dictionary. Check the code, or import the full dictionary (joldama-cli import icd10 FILE.csv).</source>
            <translation>%1 коды АХЖ-10 анықтамалығында жоқ. Кодты тексеріңіз немесе толық анықтамалықты импорттаңыз (joldama-cli import icd10 FILE.csv).</translation>
        </message>
        <message>
            <source>Say how the patient arrived: ambulance, self or transfer.</source>
            <translation>Пациенттің қалай түскенін көрсетіңіз: ambulance, self немесе transfer.</translation>
        </message>
        <message>
            <source>No referral has the code %1. Check the code on the ticket.</source>
            <translation>%1 коды бар жолдама жоқ. Кодты талонмен салыстырыңыз.</translation>
        </message>
        <message>
            <source>Give the confirmed admission date.</source>
            <translation>Емдеуге жатқызудың расталған күнін көрсетіңіз.</translation>
        </message>
        <message>
            <source>The admission date %1 has passed. Give today's date or a later one.</source>
            <translation>Емдеуге жатқызу күні (%1) өтіп кетті. Бүгінгі немесе одан кейінгі күнді көрсетіңіз.</translation>
        </message>
        <message>
            <source>A patient cannot be admitted on a future day (%1).</source>
            <translation>Емдеуге жатқызуды болашақ күнмен (%1) белгілеуге болмайды.</translation>
        </message>
        <message>
            <source>The document package is not complete: %1. The hospital may refuse the patient. To record the admission anyway, give the reason for the exception.</source>
            <translation>Құжаттар топтамасы толық емес: %1. Медициналық ұйым пациентті қабылдаудан бас тартуы мүмкін. Емдеуге жатқызуды бәрібір тіркеу үшін ерекшелік себебін көрсетіңіз.</translation>
        </message>
        <message>
            <source>The discharge date cannot be before the admission on %1.</source>
            <translation>Шығарылған күні емдеуге жатқызылған күннен (%1) бұрын болмауы керек.</translation>
        </message>
        <message>
            <source>A patient cannot be discharged on a future day (%1).</source>
            <translation>Шығаруды болашақ күнмен (%1) белгілеуге болмайды.</translation>
        </message>
        <message>
            <source>Choose the reason the hospital gave for refusing.</source>
            <translation>Медициналық ұйым көрсеткен бас тарту себебін таңдаңыз.</translation>
        </message>
        <message>
            <source>"%1" is not in the list of refusal reasons.</source>
            <translation>«%1» бас тарту себептерінің тізімінде жоқ.</translation>
        </message>
        <message>
            <source>Describe the reason for the refusal.</source>
            <translation>Бас тарту себебін сипаттаңыз.</translation>
        </message>
        <message>
            <source>Give the reason for cancelling: who asked and why.</source>
            <translation>Күшін жою себебін көрсетіңіз: кімнің өтініші бойынша және неге.</translation>
        </message>
        <message>
            <source>Choose the hospital the patient moves to.</source>
            <translation>Пациент ауыстырылатын медициналық ұйымды таңдаңыз.</translation>
        </message>
        <message>
            <source>The patient is already in the queue of %1.</source>
            <translation>Пациент осы медициналық ұйымның кезегінде тұр: %1.</translation>
        </message>
        <message>
            <source>%1 does not admit planned patients to this bed profile.</source>
            <translation>%1 осы төсек бейіні бойынша жоспарлы пациенттерді қабылдамайды.</translation>
        </message>
        <message>
            <source>No referral has the code %1.</source>
            <translation>%1 коды бар жолдама жоқ.</translation>
        </message>
        <message>
            <source>"%1" is not in the document checklist.</source>
            <translation>«%1» құжаттар тізбесінде жоқ.</translation>
        </message>
        <message>
            <source>A document cannot be issued in the future (%1).</source>
            <translation>Құжаттың берілген күні болашақ күн бола алмайды (%1).</translation>
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
        <message>
            <source>&amp;New referral…</source>
            <translation>Жаңа жол&amp;дама…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>А&amp;шу…</translation>
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
        <name>SearchPage</name>
        <message>
            <source>Search</source>
            <translation>Іздеу</translation>
        </message>
        <message>
            <source>Found for «%1»</source>
            <translation>«%1» сұрауы бойынша табылғандар</translation>
        </message>
        <message>
            <source>Patients: %1</source>
            <translation>Пациенттер: %1</translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>Пациенттер</translation>
        </message>
        <message>
            <source>Referrals: %1</source>
            <translation>Жолдамалар: %1</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Жолдамалар</translation>
        </message>
    </context>
    <context>
        <name>TransitionDialog</name>
        <message>
            <source>Confirm the &amp;date…</source>
            <translation>Күнін &amp;растау…</translation>
        </message>
        <message>
            <source>&amp;Admitted…</source>
            <translation>&amp;Емдеуге жатқызылды…</translation>
        </message>
        <message>
            <source>D&amp;ischarged…</source>
            <translation>&amp;Шығарылды…</translation>
        </message>
        <message>
            <source>Re&amp;fused by the hospital…</source>
            <translation>&amp;Медициналық ұйым бас тартты…</translation>
        </message>
        <message>
            <source>&amp;Cancel the referral…</source>
            <translation>Жолдаманың күшін &amp;жою…</translation>
        </message>
        <message>
            <source>Did &amp;not come…</source>
            <translation>&amp;Келмеді…</translation>
        </message>
        <message>
            <source>&amp;Move to another hospital…</source>
            <translation>Басқа медициналық ұйымға &amp;ауыстыру…</translation>
        </message>
        <message>
            <source>Admission day:</source>
            <translation>Емдеуге жатқызу күні:</translation>
        </message>
        <message>
            <source>Admitted on:</source>
            <translation>Емдеуге жатқызылған күні:</translation>
        </message>
        <message>
            <source>The document package is not complete:</source>
            <translation>Құжаттар топтамасы толық емес:</translation>
        </message>
        <message>
            <source>The hospital may refuse the patient. To record the admission anyway, say why.</source>
            <translation>Медициналық ұйым пациентті қабылдаудан бас тартуы мүмкін. Емдеуге жатқызуды бәрібір тіркеу үшін себебін көрсетіңіз.</translation>
        </message>
        <message>
            <source>for example: the tests were repeated in the admission ward</source>
            <translation>мысалы: талдаулар қабылдау бөлімшесінде қайта тапсырылды</translation>
        </message>
        <message>
            <source>Admitted anyway because:</source>
            <translation>Толық топтамасыз емдеуге жатқызу себебі:</translation>
        </message>
        <message>
            <source>Discharged on:</source>
            <translation>Шығарылған күні:</translation>
        </message>
        <message>
            <source>Reason given by the hospital:</source>
            <translation>Медициналық ұйым көрсеткен себеп:</translation>
        </message>
        <message>
            <source>Details:</source>
            <translation>Толығырақ:</translation>
        </message>
        <message>
            <source>what the hospital said, in a few words</source>
            <translation>медициналық ұйымның жауабы, қысқаша</translation>
        </message>
        <message>
            <source>Who asked and why:</source>
            <translation>Кімнің өтініші бойынша және неге:</translation>
        </message>
        <message>
            <source>for example: the patient was treated in a paid clinic</source>
            <translation>мысалы: пациент ақылы клиникада емделді</translation>
        </message>
        <message>
            <source>The patient did not come on %1. The referral can then be given a new date or cancelled.</source>
            <translation>Пациент %1 күні емдеуге жатқызуға келмеді. Одан кейін жолдамаға жаңа күн белгілеуге немесе оның күшін жоюға болады.</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Өңір:</translation>
        </message>
        <message>
            <source>Hospital the patient chose:</source>
            <translation>Пациент таңдаған медициналық ұйым:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Ескертпе:</translation>
        </message>
        <message>
            <source>the patient's free choice</source>
            <translation>пациенттің еркін таңдауы</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Жазу</translation>
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
