<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AddContactDialog</name>
        <message>
            <source>Add a regional bureau contact</source>
            <translation>Новый контакт регионального бюро</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Регион:</translation>
        </message>
        <message>
            <source>&amp;Area code:</source>
            <translation>&amp;Код города:</translation>
        </message>
        <message>
            <source>for example 7172</source>
            <translation>например, 7172</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Телефон:</translation>
        </message>
        <message>
            <source>for example 557-290; leave empty if unknown</source>
            <translation>например, 557-290; если номер неизвестен, оставьте пустым</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Примечание:</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Cannot open the database</source>
            <translation>Не удаётся открыть базу данных</translation>
        </message>
        <message>
            <source>Start Joldama with --db PATH to work on another database file.</source>
            <translation>Чтобы работать с другим файлом базы данных, запустите Joldama с параметром --db ПУТЬ.</translation>
        </message>
    </context>
    <context>
        <name>BedAvailabilityModel</name>
        <message>
            <source>no report</source>
            <translation>нет сведений</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Медицинская организация</translation>
        </message>
        <message>
            <source>Bed profile</source>
            <translation>Профиль койки</translation>
        </message>
        <message>
            <source>Form of care</source>
            <translation>Форма помощи</translation>
        </message>
        <message>
            <source>Beds</source>
            <translation>Коек</translation>
        </message>
        <message>
            <source>Occupied</source>
            <translation>Занято</translation>
        </message>
        <message>
            <source>Reserved</source>
            <translation>Резерв</translation>
        </message>
        <message>
            <source>Free today</source>
            <translation>Свободно сегодня</translation>
        </message>
        <message>
            <source>Free tomorrow</source>
            <translation>Свободно завтра</translation>
        </message>
        <message>
            <source>Free the day after</source>
            <translation>Свободно послезавтра</translation>
        </message>
        <message>
            <source>Report of</source>
            <translation>Сведения на</translation>
        </message>
    </context>
    <context>
        <name>CareTerms</name>
        <message>
            <source>Free care package (GOBMP)</source>
            <translation>Гарантированный объём бесплатной медицинской помощи (ГОБМП)</translation>
        </message>
        <message>
            <source>Compulsory health insurance (OSMS)</source>
            <translation>Обязательное социальное медицинское страхование (ОСМС)</translation>
        </message>
        <message>
            <source>High-tech care quota (HTMC)</source>
            <translation>Квота на высокотехнологичную медицинскую услугу (ВТМУ)</translation>
        </message>
        <message>
            <source>Paid by the patient</source>
            <translation>Платно, за счёт пациента</translation>
        </message>
        <message>
            <source>Surgical treatment</source>
            <translation>Хирургическое лечение</translation>
        </message>
        <message>
            <source>Conservative treatment</source>
            <translation>Консервативное лечение</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Диагностика</translation>
        </message>
        <message>
            <source>Rehabilitation</source>
            <translation>Реабилитация</translation>
        </message>
        <message>
            <source>Round-the-clock hospital</source>
            <translation>Круглосуточный стационар</translation>
        </message>
        <message>
            <source>Day hospital</source>
            <translation>Дневной стационар</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Село</translation>
        </message>
        <message>
            <source>Brought by ambulance</source>
            <translation>Доставлен скорой помощью</translation>
        </message>
        <message>
            <source>Came on their own</source>
            <translation>Обратился самостоятельно</translation>
        </message>
        <message>
            <source>Transferred from another hospital</source>
            <translation>Переведён из другой медицинской организации</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Мужской</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Женский</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
    </context>
    <context>
        <name>ClerkActions</name>
        <message>
            <source>Patient %1 saved.</source>
            <translation>Пациент %1 сохранён.</translation>
        </message>
        <message>
            <source>Referral %1 registered.</source>
            <translation>Направление %1 зарегистрировано.</translation>
        </message>
        <message>
            <source>Referral registered</source>
            <translation>Направление зарегистрировано</translation>
        </message>
        <message>
            <source>The referral is registered.

Code: %1

Give the patient this code: it shows their place in the waiting list.</source>
            <translation>Направление зарегистрировано.

Код: %1

Сообщите пациенту этот код: по нему можно узнать очерёдность в листе ожидания.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The Qt database driver %1 is not installed. Install the package that provides it (libqt6sql6-sqlite or libqt6sql6-psql).</source>
            <translation>Драйвер баз данных Qt %1 не установлен. Установите пакет, в котором он есть (libqt6sql6-sqlite или libqt6sql6-psql).</translation>
        </message>
        <message>
            <source>%1 is a folder, not a database file. Give the path of a file, for example %2.</source>
            <translation>%1 — это папка, а не файл базы данных. Укажите путь к файлу, например %2.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the database. Choose a folder you may write to, or another file with --db.</source>
            <translation>Не удаётся создать папку %1 для базы данных. Выберите папку, в которую у вас есть право записи, или другой файл через --db.</translation>
        </message>
        <message>
            <source>opening the database</source>
            <translation>открытие базы данных</translation>
        </message>
        <message>
            <source>switching the database to write-ahead logging</source>
            <translation>перевод базы данных в режим журнала упреждающей записи</translation>
        </message>
        <message>
            <source>The database %1 cannot use write-ahead logging (journal mode stays "%2"). Put the file on a local disk, not a network folder.</source>
            <translation>База данных %1 не может работать в режиме упреждающей записи (режим журнала остаётся «%2»). Разместите файл на локальном диске, а не в сетевой папке.</translation>
        </message>
        <message>
            <source>Another workstation is writing to the database and did not finish in time. Nothing was saved; try again in a moment.</source>
            <translation>Другое рабочее место записывает данные и не успело закончить. Ничего не сохранено; повторите попытку через минуту.</translation>
        </message>
        <message>
            <source>The disk holding %1 is full. Nothing was saved; free some space and try again.</source>
            <translation>Диск, на котором находится %1, заполнен. Ничего не сохранено; освободите место и повторите попытку.</translation>
        </message>
        <message>
            <source>The database %1 is read-only for you. Nothing was saved; ask the administrator for write access or open another file.</source>
            <translation>База данных %1 доступна вам только для чтения. Ничего не сохранено; попросите у администратора право записи или откройте другой файл.</translation>
        </message>
        <message>
            <source>Cannot open the database file %1. Check that the folder exists and you may write to it, or choose another file with --db.</source>
            <translation>Не удаётся открыть файл базы данных %1. Проверьте, что папка существует и у вас есть право записи в неё, или выберите другой файл через --db.</translation>
        </message>
        <message>
            <source>%1 is not a Joldama database (it is not an SQLite file). Choose another file with --db.</source>
            <translation>%1 — не база данных Joldama (это не файл SQLite). Выберите другой файл через --db.</translation>
        </message>
        <message>
            <source>The database %1 is damaged. Stop working with it and restore the latest backup; the administrator can help.</source>
            <translation>База данных %1 повреждена. Прекратите работу с ней и восстановите последнюю резервную копию; в этом поможет администратор.</translation>
        </message>
        <message>
            <source>The disk reported an error while %1 (%2). Nothing was saved; check the disk and try again.</source>
            <translation>Диск сообщил об ошибке (%1: %2). Ничего не сохранено; проверьте диск и повторите попытку.</translation>
        </message>
        <message>
            <source>The change breaks a rule of the database (%1). Nothing was saved.</source>
            <translation>Изменение нарушает правило базы данных (%1). Ничего не сохранено.</translation>
        </message>
        <message>
            <source>Cannot connect to the database server %1 (%2). Check the network and the server, or work on a local file with --db.</source>
            <translation>Не удаётся подключиться к серверу базы данных %1 (%2). Проверьте сеть и сервер или работайте с локальным файлом через --db.</translation>
        </message>
        <message>
            <source>The database failed while %1: %2</source>
            <translation>Ошибка базы данных (%1): %2</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>неизвестная ошибка</translation>
        </message>
    </context>
    <context>
        <name>DiagnosisService</name>
        <message>
            <source>The first line must name the columns code and name_ru (or name); name_kk and name_en may follow.</source>
            <translation>В первой строке должны быть названия столбцов code и name_ru (или name); после них могут идти name_kk и name_en.</translation>
        </message>
        <message>
            <source>The diagnosis %1 has no name.</source>
            <translation>У диагноза %1 нет названия.</translation>
        </message>
    </context>
    <context>
        <name>DocumentCheck</name>
        <message>
            <source>valid</source>
            <translation>действует</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <source>will have expired</source>
            <translation>срок действия истечёт</translation>
        </message>
        <message>
            <source>no date of issue</source>
            <translation>нет даты выдачи</translation>
        </message>
        <message>
            <source>not required</source>
            <translation>не требуется</translation>
        </message>
        <message>
            <source>valid until %1</source>
            <translation>действует до %1</translation>
        </message>
        <message>
            <source>present</source>
            <translation>имеется</translation>
        </message>
        <message>
            <source>valid only until %1, before the admission day</source>
            <translation>действует только до %1, срок истекает до дня госпитализации</translation>
        </message>
        <message>
            <source>present, but the date of issue is not recorded</source>
            <translation>имеется, но дата выдачи не указана</translation>
        </message>
    </context>
    <context>
        <name>HospitalBedsPage</name>
        <message>
            <source>All regions</source>
            <translation>Все регионы</translation>
        </message>
        <message>
            <source>All bed profiles</source>
            <translation>Все профили коек</translation>
        </message>
        <message>
            <source>Hospital beds</source>
            <translation>Койки стационаров</translation>
        </message>
        <message>
            <source>Filter by hospital, code or profile</source>
            <translation>Отбор по организации, коду или профилю</translation>
        </message>
        <message>
            <source>Hospital profiles: %1, with a bed report: %2. Free beds today: %3, tomorrow: %4, the day after: %5.</source>
            <translation>Профилей в медицинских организациях: %1, со сведениями о койках: %2. Свободных коек сегодня: %3, завтра: %4, послезавтра: %5.</translation>
        </message>
    </context>
    <context>
        <name>IcdCode</name>
        <message>
            <source>Enter the diagnosis: an ICD-10 code such as I25.1, or start typing its name.</source>
            <translation>Введите диагноз: код МКБ-10, например I25.1, или начните вводить его название.</translation>
        </message>
        <message>
            <source>"%1" is not an ICD-10 code. A code is a Latin letter and two digits, with an optional part after a dot: I25, I25.1, M17.11.</source>
            <translation>«%1» — не код МКБ-10. Код состоит из латинской буквы и двух цифр, после точки может идти уточнение: I25, I25.1, M17.11.</translation>
        </message>
    </context>
    <context>
        <name>Iin</name>
        <message>
            <source>Enter the patient's IIN: 12 digits from the identity document.</source>
            <translation>Введите ИИН пациента: 12 цифр из документа, удостоверяющего личность.</translation>
        </message>
        <message numerus="yes">
            <source>An IIN has exactly 12 digits; this one has %n character(s). Check it against the identity document.</source>
            <translation>
                <numerusform>В ИИН ровно 12 цифр, а здесь %n символ. Сверьте номер с документом, удостоверяющим личность.</numerusform>
                <numerusform>В ИИН ровно 12 цифр, а здесь %n символа. Сверьте номер с документом, удостоверяющим личность.</numerusform>
                <numerusform>В ИИН ровно 12 цифр, а здесь %n символов. Сверьте номер с документом, удостоверяющим личность.</numerusform>
            </translation>
        </message>
        <message>
            <source>The 7th digit of an IIN must be 1 to 6 (century and sex). Check the number against the identity document.</source>
            <translation>Седьмая цифра ИИН должна быть от 1 до 6 (век рождения и пол). Сверьте номер с документом, удостоверяющим личность.</translation>
        </message>
        <message>
            <source>The first six digits of an IIN are the birth date (YYMMDD), and this is not a real date. Check the number against the identity document.</source>
            <translation>Первые шесть цифр ИИН — дата рождения (ГГММДД), а такой даты не существует. Сверьте номер с документом, удостоверяющим личность.</translation>
        </message>
        <message>
            <source>No IIN is ever issued with these first eleven digits. Check the number against the identity document.</source>
            <translation>ИИН с такими первыми одиннадцатью цифрами никогда не выдаётся. Сверьте номер с документом, удостоверяющим личность.</translation>
        </message>
        <message>
            <source>The last digit of this IIN does not match the others: a digit is probably mistyped. Check the number against the identity document.</source>
            <translation>Последняя цифра ИИН не сходится с остальными: вероятно, одна из цифр введена с ошибкой. Сверьте номер с документом, удостоверяющим личность.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>The import was cancelled; the database is as it was before it.</source>
            <translation>Импорт отменён; база данных осталась без изменений.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have problems. Correct them and import the file again, or import the good rows only.</source>
            <translation>
                <numerusform>Ничего не импортировано: в %n строке есть ошибки. Исправьте их и импортируйте файл заново или импортируйте только правильные строки.</numerusform>
                <numerusform>Ничего не импортировано: в %n строках есть ошибки. Исправьте их и импортируйте файл заново или импортируйте только правильные строки.</numerusform>
                <numerusform>Ничего не импортировано: в %n строках есть ошибки. Исправьте их и импортируйте файл заново или импортируйте только правильные строки.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n row(s).</source>
            <translation>
                <numerusform>Импортирована %n строка.</numerusform>
                <numerusform>Импортированы %n строки.</numerusform>
                <numerusform>Импортировано %n строк.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) were already there unchanged.</source>
            <translation>
                <numerusform>%n строка уже была в базе без изменений.</numerusform>
                <numerusform>%n строки уже были в базе без изменений.</numerusform>
                <numerusform>%n строк уже было в базе без изменений.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bad row(s) were skipped.</source>
            <translation>
                <numerusform>Пропущена %n строка с ошибками.</numerusform>
                <numerusform>Пропущены %n строки с ошибками.</numerusform>
                <numerusform>Пропущено %n строк с ошибками.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Joldama — Bureau of Hospitalization</source>
            <translation>Joldama — Бюро госпитализации</translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>Пациенты</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Направления</translation>
        </message>
        <message>
            <source>Hospital beds</source>
            <translation>Койки стационаров</translation>
        </message>
        <message>
            <source>Regional contacts</source>
            <translation>Контакты регионов</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;About Joldama</source>
            <translation>&amp;О программе Joldama</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>База данных: %1</translation>
        </message>
        <message>
            <source>Start Joldama with --db PATH to work on another database file.</source>
            <translation>Чтобы работать с другим файлом базы данных, запустите Joldama с параметром --db ПУТЬ.</translation>
        </message>
        <message>
            <source>About Joldama</source>
            <translation>О программе Joldama</translation>
        </message>
        <message>
            <source>Joldama %1
The workstation of a regional Bureau of Hospitalization: patients, referrals, waiting lists and free beds.

Database: %2 (schema version %3)</source>
            <translation>Joldama %1
Рабочее место регионального бюро госпитализации: пациенты, направления, листы ожидания и свободные койки.

База данных: %2 (версия схемы %3)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Основная панель инструментов</translation>
        </message>
        <message>
            <source>&amp;Records</source>
            <translation>&amp;Записи</translation>
        </message>
        <message>
            <source>New &amp;patient…</source>
            <translation>Новый &amp;пациент…</translation>
        </message>
        <message>
            <source>New &amp;referral…</source>
            <translation>Новое &amp;направление…</translation>
        </message>
        <message>
            <source>&amp;Find a patient or referral</source>
            <translation>На&amp;йти пациента или направление</translation>
        </message>
        <message>
            <source>Find a patient or referral: IIN, code or name (Ctrl+F)</source>
            <translation>Поиск пациента или направления: ИИН, код или ФИО (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>%1 is a database of another program, not of Joldama. Nothing was changed. Choose another file.</source>
            <translation>%1 — база данных другой программы, а не Joldama. Ничего не изменено. Выберите другой файл.</translation>
        </message>
        <message>
            <source>The database %1 was written by a newer Joldama (schema version %2; this program knows up to %3). Nothing was changed. Install the newer Joldama, or open another database.</source>
            <translation>База данных %1 создана более новой версией Joldama (версия схемы %2; эта программа знает версии до %3). Ничего не изменено. Установите новую версию Joldama или откройте другую базу данных.</translation>
        </message>
        <message>
            <source>upgrading the database</source>
            <translation>обновление базы данных</translation>
        </message>
        <message>
            <source>Upgrading the database to version %1 (%2) failed; the database was left as it was. %3</source>
            <translation>Не удалось обновить базу данных до версии %1 (%2); база данных осталась без изменений. %3</translation>
        </message>
    </context>
    <context>
        <name>PatientDialog</name>
        <message>
            <source>&amp;IIN:</source>
            <translation>&amp;ИИН:</translation>
        </message>
        <message>
            <source>12 digits from the identity document</source>
            <translation>12 цифр из документа, удостоверяющего личность</translation>
        </message>
        <message>
            <source>Born, sex:</source>
            <translation>Дата рождения, пол:</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Фамилия:</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>И&amp;мя:</translation>
        </message>
        <message>
            <source>&amp;Middle name:</source>
            <translation>&amp;Отчество:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Телефон:</translation>
        </message>
        <message>
            <source>for example 8 701 123 45 67</source>
            <translation>например, 8 701 123 45 67</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>&amp;Адрес:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Регион:</translation>
        </message>
        <message>
            <source>Attached &amp;clinic:</source>
            <translation>&amp;Поликлиника прикрепления:</translation>
        </message>
        <message>
            <source>OSMS:</source>
            <translation>ОСМС:</translation>
        </message>
        <message>
            <source>&amp;Insured in compulsory social health insurance</source>
            <translation>&amp;Застрахован в системе обязательного социального медицинского страхования</translation>
        </message>
        <message>
            <source>&amp;Benefit category:</source>
            <translation>&amp;Льготная категория:</translation>
        </message>
        <message>
            <source>Patient %1</source>
            <translation>Пациент %1</translation>
        </message>
        <message>
            <source>Register a patient</source>
            <translation>Регистрация пациента</translation>
        </message>
        <message>
            <source>— not given —</source>
            <translation>— не указан —</translation>
        </message>
        <message>
            <source>Already registered</source>
            <translation>Уже зарегистрирован</translation>
        </message>
        <message>
            <source>Open the registered patient?</source>
            <translation>Открыть запись зарегистрированного пациента?</translation>
        </message>
    </context>
    <context>
        <name>PatientRules</name>
        <message>
            <source>Enter the last name.</source>
            <translation>Введите фамилию.</translation>
        </message>
        <message>
            <source>Enter the first name.</source>
            <translation>Введите имя.</translation>
        </message>
        <message>
            <source>The last name may hold only letters, with a hyphen, apostrophe or space between its parts.</source>
            <translation>Фамилия может содержать только буквы; её части разделяются дефисом, апострофом или пробелом.</translation>
        </message>
        <message>
            <source>The first name may hold only letters, with a hyphen, apostrophe or space between its parts.</source>
            <translation>Имя может содержать только буквы; его части разделяются дефисом, апострофом или пробелом.</translation>
        </message>
        <message>
            <source>The middle name may hold only letters, with a hyphen, apostrophe or space between its parts.</source>
            <translation>Отчество может содержать только буквы; его части разделяются дефисом, апострофом или пробелом.</translation>
        </message>
        <message>
            <source>Choose the benefit category from the list.</source>
            <translation>Выберите льготную категорию из списка.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Disability, group I</source>
            <translation>Инвалидность I группы</translation>
        </message>
        <message>
            <source>Disability, group II</source>
            <translation>Инвалидность II группы</translation>
        </message>
        <message>
            <source>Disability, group III</source>
            <translation>Инвалидность III группы</translation>
        </message>
        <message>
            <source>Child with a disability</source>
            <translation>Ребёнок с инвалидностью</translation>
        </message>
        <message>
            <source>War veteran</source>
            <translation>Ветеран войны</translation>
        </message>
        <message>
            <source>Large family</source>
            <translation>Многодетная семья</translation>
        </message>
        <message>
            <source>Low-income family</source>
            <translation>Малообеспеченная семья</translation>
        </message>
        <message>
            <source>Pensioner</source>
            <translation>Пенсионер</translation>
        </message>
        <message>
            <source>Other category</source>
            <translation>Другая категория</translation>
        </message>
    </context>
    <context>
        <name>PatientService</name>
        <message>
            <source>"%1" is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
            <translation>«%1» — не регион. Укажите двузначный код КАТО региона, например 71 для Астаны.</translation>
        </message>
        <message>
            <source>A patient with IIN %1 is already registered: %2. Open that record instead of registering the patient again.</source>
            <translation>Пациент с ИИН %1 уже зарегистрирован: %2. Откройте эту запись, а не регистрируйте пациента повторно.</translation>
        </message>
        <message>
            <source>This patient is no longer in the registry. Refresh the list.</source>
            <translation>Этого пациента больше нет в регистре. Обновите список.</translation>
        </message>
        <message>
            <source>The IIN of a registered patient cannot be changed. If it was registered with a wrong IIN, register the patient with the right one.</source>
            <translation>ИИН зарегистрированного пациента изменить нельзя. Если пациент зарегистрирован с ошибочным ИИН, зарегистрируйте его с правильным ИИН.</translation>
        </message>
        <message>
            <source>The file is empty: the first line must name the columns.</source>
            <translation>Файл пуст: в первой строке должны быть названия столбцов.</translation>
        </message>
        <message>
            <source>The header lacks the column(s) %1. The first line must name at least iin, last_name and first_name.</source>
            <translation>В заголовке нет столбцов: %1. В первой строке должны быть как минимум iin, last_name и first_name.</translation>
        </message>
        <message>
            <source>Unknown column "%1". Known columns: %2.</source>
            <translation>Неизвестный столбец «%1». Допустимые столбцы: %2.</translation>
        </message>
        <message>
            <source>A quoted field is never closed.</source>
            <translation>Поле в кавычках не закрыто.</translation>
        </message>
        <message>
            <source>The row has %1 fields, the header %2.</source>
            <translation>Полей в строке: %1, а в заголовке: %2.</translation>
        </message>
        <message>
            <source>IIN %1 appears twice in the file.</source>
            <translation>ИИН %1 встречается в файле дважды.</translation>
        </message>
        <message>
            <source>IIN %1 is already registered as %2.</source>
            <translation>ИИН %1 уже зарегистрирован: %2.</translation>
        </message>
    </context>
    <context>
        <name>PatientTableModel</name>
        <message>
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>Attached clinic</source>
            <translation>Поликлиника прикрепления</translation>
        </message>
        <message>
            <source>OSMS insured</source>
            <translation>Застрахован в ОСМС</translation>
        </message>
    </context>
    <context>
        <name>PatientsPage</name>
        <message>
            <source>Counting…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message numerus="yes">
            <source>%n patient(s)</source>
            <translation>
                <numerusform>%n пациент</numerusform>
                <numerusform>%n пациента</numerusform>
                <numerusform>%n пациентов</numerusform>
            </translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>Пациенты</translation>
        </message>
        <message>
            <source>Find by IIN or name (any part, any case)</source>
            <translation>Поиск по ИИН или ФИО (любая часть, любой регистр)</translation>
        </message>
        <message>
            <source>&amp;New patient…</source>
            <translation>Новый &amp;пациент…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>New &amp;referral for the patient…</source>
            <translation>Новое &amp;направление для пациента…</translation>
        </message>
    </context>
    <context>
        <name>PhoneNumber</name>
        <message>
            <source>A phone number may hold only digits, spaces, dashes, brackets and a leading +.</source>
            <translation>Номер телефона может содержать только цифры, пробелы, дефисы, скобки и знак + в начале.</translation>
        </message>
        <message>
            <source>Enter a Kazakhstan number with 10 digits after +7 or 8, for example 8 701 123 45 67.</source>
            <translation>Введите казахстанский номер: 10 цифр после +7 или 8, например 8 701 123 45 67.</translation>
        </message>
    </context>
    <context>
        <name>Query</name>
        <message>
            <source>preparing a query</source>
            <translation>подготовка запроса</translation>
        </message>
        <message>
            <source>reading or writing data</source>
            <translation>чтение или запись данных</translation>
        </message>
    </context>
    <context>
        <name>ReferenceDataService</name>
        <message>
            <source>The shipped reference list %1 is missing from this build of Joldama.</source>
            <translation>В этой сборке Joldama нет справочника %1, который должен поставляться с программой.</translation>
        </message>
    </context>
    <context>
        <name>ReferralCode</name>
        <message>
            <source>Enter the referral code, for example 71.7101.CAR.1F.</source>
            <translation>Введите код направления, например 71.7101.CAR.1F.</translation>
        </message>
        <message>
            <source>"%1" is not a referral code. A code looks like 71.7101.CAR.1F: region, hospital, bed profile and number, separated by dots.</source>
            <translation>«%1» — не код направления. Код имеет вид 71.7101.CAR.1F: регион, МО, профиль койки и номер, разделённые точками.</translation>
        </message>
    </context>
    <context>
        <name>ReferralDetailDialog</name>
        <message>
            <source>Document not saved</source>
            <translation>Документ не сохранён</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>Referral %1</source>
            <translation>Направление %1</translation>
        </message>
        <message>
            <source>The document package is complete for %1.</source>
            <translation>Пакет документов на %1 собран полностью.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) missing or not valid on %1. Tick what the patient has and enter the date of issue.</source>
            <translation>
                <numerusform>На %1 отсутствует или недействителен %n документ. Отметьте документы, которые есть у пациента, и введите дату выдачи.</numerusform>
                <numerusform>На %1 отсутствуют или недействительны %n документа. Отметьте документы, которые есть у пациента, и введите дату выдачи.</numerusform>
                <numerusform>На %1 отсутствуют или недействительны %n документов. Отметьте документы, которые есть у пациента, и введите дату выдачи.</numerusform>
            </translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Пациент</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Медицинская организация</translation>
        </message>
        <message>
            <source>Bed profile</source>
            <translation>Профиль койки</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Диагноз</translation>
        </message>
        <message>
            <source>Form of care</source>
            <translation>Форма помощи</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Цель госпитализации</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Источник финансирования</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Зарегистрировано</translation>
        </message>
        <message>
            <source>Confirmed date</source>
            <translation>Подтверждённая дата</translation>
        </message>
        <message>
            <source>Preliminary date</source>
            <translation>Предварительная дата</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Кем направлен</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечание</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Register a referral</source>
            <translation>Регистрация направления</translation>
        </message>
        <message>
            <source>Patient and diagnosis</source>
            <translation>Пациент и диагноз</translation>
        </message>
        <message>
            <source>&amp;Patient:</source>
            <translation>&amp;Пациент:</translation>
        </message>
        <message>
            <source>IIN or name</source>
            <translation>ИИН или ФИО</translation>
        </message>
        <message>
            <source>&amp;Diagnosis:</source>
            <translation>&amp;Диагноз:</translation>
        </message>
        <message>
            <source>ICD-10 code or name</source>
            <translation>Код МКБ-10 или название</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Куда</translation>
        </message>
        <message>
            <source>Bed &amp;profile:</source>
            <translation>Профиль &amp;койки:</translation>
        </message>
        <message>
            <source>Hospitals in re&amp;gion:</source>
            <translation>Ре&amp;гион МО:</translation>
        </message>
        <message>
            <source>&amp;Hospital chosen by the patient:</source>
            <translation>МО по &amp;выбору пациента:</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Условия госпитализации</translation>
        </message>
        <message>
            <source>&amp;Form of care:</source>
            <translation>&amp;Форма помощи:</translation>
        </message>
        <message>
            <source>P&amp;urpose:</source>
            <translation>&amp;Цель госпитализации:</translation>
        </message>
        <message>
            <source>F&amp;unding:</source>
            <translation>&amp;Источник финансирования:</translation>
        </message>
        <message>
            <source>&amp;Territory:</source>
            <translation>&amp;Местность:</translation>
        </message>
        <message>
            <source>Pr&amp;iority:</source>
            <translation>Приори&amp;тет:</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Кем направлен</translation>
        </message>
        <message>
            <source>Region of the &amp;referring organization:</source>
            <translation>Регион &amp;направившей организации:</translation>
        </message>
        <message>
            <source>Referring &amp;organization:</source>
            <translation>Направившая &amp;организация:</translation>
        </message>
        <message>
            <source>&amp;Doctor:</source>
            <translation>В&amp;рач:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>Приме&amp;чание:</translation>
        </message>
        <message>
            <source>Emergency:</source>
            <translation>Экстренный случай:</translation>
        </message>
        <message>
            <source>&amp;Emergency admission without a referral</source>
            <translation>&amp;Экстренная госпитализация без направления</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Зарегистрировать</translation>
        </message>
        <message>
            <source>No hospital of this region admits to this profile</source>
            <translation>В этом регионе нет МО, принимающих по этому профилю</translation>
        </message>
        <message>
            <source>No registered patient has this IIN.</source>
            <translation>Пациент с таким ИИН не зарегистрирован.</translation>
        </message>
        <message>
            <source>%1 is not in the ICD-10 dictionary.</source>
            <translation>Кода %1 нет в справочнике МКБ-10.</translation>
        </message>
    </context>
    <context>
        <name>ReferralDocumentModel</name>
        <message>
            <source>(if needed)</source>
            <translation>(при необходимости)</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) from issue</source>
            <translation>
                <numerusform>%n день с даты выдачи</numerusform>
                <numerusform>%n дня с даты выдачи</numerusform>
                <numerusform>%n дней с даты выдачи</numerusform>
            </translation>
        </message>
        <message>
            <source>does not expire</source>
            <translation>бессрочно</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Has it</source>
            <translation>Имеется</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Дата выдачи</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Срок действия</translation>
        </message>
        <message>
            <source>On the planned day</source>
            <translation>На плановую дату</translation>
        </message>
    </context>
    <context>
        <name>ReferralHistoryModel</name>
        <message>
            <source>moved to %1</source>
            <translation>переведено, новое направление %1</translation>
        </message>
        <message>
            <source>moved from %1</source>
            <translation>переведено с направления %1</translation>
        </message>
        <message>
            <source>admitted without the full document package: %1</source>
            <translation>госпитализирован без полного пакета документов: %1</translation>
        </message>
        <message>
            <source>emergency admission</source>
            <translation>экстренная госпитализация</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Дата и время</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Прежний статус</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Новый статус</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Дата события</translation>
        </message>
        <message>
            <source>Reason and details</source>
            <translation>Причина и подробности</translation>
        </message>
    </context>
    <context>
        <name>ReferralLifecycle</name>
        <message>
            <source>The referral is closed (%1): nothing more can happen to it. Register a new referral if the patient still needs hospitalization.</source>
            <translation>Направление закрыто (%1): изменить его больше нельзя. Если пациенту всё ещё нужна госпитализация, зарегистрируйте новое направление.</translation>
        </message>
        <message>
            <source>Confirm the admission date first: only a referral with a confirmed date can be marked as hospitalized.</source>
            <translation>Сначала подтвердите дату госпитализации: отметить госпитализацию можно только по направлению с подтверждённой датой.</translation>
        </message>
        <message>
            <source>Only a hospitalized patient can be discharged.</source>
            <translation>Выписать можно только госпитализированного пациента.</translation>
        </message>
        <message>
            <source>Only a patient with a confirmed date can be marked as not having come.</source>
            <translation>Неявку можно отметить только при подтверждённой дате госпитализации.</translation>
        </message>
        <message>
            <source>A referral cannot go back to the waiting list; give it a new date instead.</source>
            <translation>Направление нельзя вернуть в лист ожидания; вместо этого назначьте новую дату.</translation>
        </message>
        <message>
            <source>The patient is in hospital: the only next step is discharge.</source>
            <translation>Пациент находится в стационаре: следующий шаг возможен только один — выписка.</translation>
        </message>
        <message>
            <source>The patient did not come: give a new date or cancel the referral.</source>
            <translation>Пациент не явился: назначьте новую дату или аннулируйте направление.</translation>
        </message>
        <message>
            <source>A referral cannot go from "%1" to "%2".</source>
            <translation>Направление нельзя перевести из статуса «%1» в статус «%2».</translation>
        </message>
    </context>
    <context>
        <name>ReferralService</name>
        <message>
            <source>No patient with IIN %1 is registered. Register the patient first.</source>
            <translation>Пациент с ИИН %1 не зарегистрирован. Сначала зарегистрируйте пациента.</translation>
        </message>
        <message>
            <source>Choose the patient the referral is for.</source>
            <translation>Выберите пациента, на которого оформляется направление.</translation>
        </message>
        <message>
            <source>Choose the region of the referring organization: its KATO code starts the referral code.</source>
            <translation>Выберите регион направившей организации: код направления начинается с кода КАТО этого региона.</translation>
        </message>
        <message>
            <source>"%1" is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
            <translation>«%1» — не регион. Укажите двузначный код КАТО региона, например 71 для Астаны.</translation>
        </message>
        <message>
            <source>Choose the bed profile from the list ("%1" is not one).</source>
            <translation>Выберите профиль койки из списка («%1» — не профиль койки).</translation>
        </message>
        <message>
            <source>There is no active hospital with the code "%1". Choose one from the list.</source>
            <translation>Действующей МО с кодом «%1» нет. Выберите медицинскую организацию из списка.</translation>
        </message>
        <message>
            <source>%1 does not admit planned patients to the profile "%2". Choose a hospital offered for this profile.</source>
            <translation>%1 не принимает плановых пациентов по профилю «%2». Выберите МО из предложенных для этого профиля.</translation>
        </message>
        <message>
            <source>The form of care is round_the_clock or day.</source>
            <translation>Форма помощи должна быть round_the_clock или day.</translation>
        </message>
        <message>
            <source>The purpose is one of: surgical, conservative, diagnostics, rehabilitation.</source>
            <translation>Цель госпитализации — одно из значений: surgical, conservative, diagnostics, rehabilitation.</translation>
        </message>
        <message>
            <source>The funding is one of: gobmp, osms, htmc, paid.</source>
            <translation>Источник финансирования — одно из значений: gobmp, osms, htmc, paid.</translation>
        </message>
        <message>
            <source>The territory is city or village.</source>
            <translation>Местность должна быть city или village.</translation>
        </message>
        <message>
            <source>The priority is a whole number from 0 (usual) to %1 (most urgent).</source>
            <translation>Приоритет — целое число от 0 (обычный) до %1 (самый срочный).</translation>
        </message>
        <message>
            <source>%1 is not in the ICD-10 dictionary. Check the code, or import the full dictionary (joldama-cli import icd10 FILE.csv).</source>
            <translation>Кода %1 нет в справочнике МКБ-10. Проверьте код или импортируйте полный справочник (joldama-cli import icd10 FILE.csv).</translation>
        </message>
        <message>
            <source>Say how the patient arrived: ambulance, self or transfer.</source>
            <translation>Укажите, как поступил пациент: ambulance, self или transfer.</translation>
        </message>
        <message>
            <source>No referral has the code %1. Check the code on the ticket.</source>
            <translation>Направления с кодом %1 нет. Сверьте код с талоном.</translation>
        </message>
        <message>
            <source>Give the confirmed admission date.</source>
            <translation>Укажите подтверждённую дату госпитализации.</translation>
        </message>
        <message>
            <source>The admission date %1 has passed. Give today's date or a later one.</source>
            <translation>Дата госпитализации %1 уже прошла. Укажите сегодняшнюю или более позднюю дату.</translation>
        </message>
        <message>
            <source>A patient cannot be admitted on a future day (%1).</source>
            <translation>Нельзя отметить госпитализацию будущей датой (%1).</translation>
        </message>
        <message>
            <source>The document package is not complete: %1. The hospital may refuse the patient. To record the admission anyway, give the reason for the exception.</source>
            <translation>Пакет документов неполный: %1. МО может отказать пациенту в госпитализации. Чтобы всё же отметить госпитализацию, укажите причину исключения.</translation>
        </message>
        <message>
            <source>The discharge date cannot be before the admission on %1.</source>
            <translation>Дата выписки не может быть раньше даты госпитализации (%1).</translation>
        </message>
        <message>
            <source>A patient cannot be discharged on a future day (%1).</source>
            <translation>Нельзя отметить выписку будущей датой (%1).</translation>
        </message>
        <message>
            <source>Choose the reason the hospital gave for refusing.</source>
            <translation>Выберите причину отказа, указанную МО.</translation>
        </message>
        <message>
            <source>"%1" is not in the list of refusal reasons.</source>
            <translation>«%1» нет в списке причин отказа.</translation>
        </message>
        <message>
            <source>Describe the reason for the refusal.</source>
            <translation>Опишите причину отказа.</translation>
        </message>
        <message>
            <source>Give the reason for cancelling: who asked and why.</source>
            <translation>Укажите причину аннулирования: по чьей просьбе и почему.</translation>
        </message>
        <message>
            <source>Choose the hospital the patient moves to.</source>
            <translation>Выберите МО, в которую переводится пациент.</translation>
        </message>
        <message>
            <source>The patient is already in the queue of %1.</source>
            <translation>Пациент уже стоит в очереди этой МО: %1.</translation>
        </message>
        <message>
            <source>%1 does not admit planned patients to this bed profile.</source>
            <translation>%1 не принимает плановых пациентов по этому профилю койки.</translation>
        </message>
        <message>
            <source>No referral has the code %1.</source>
            <translation>Направления с кодом %1 нет.</translation>
        </message>
        <message>
            <source>"%1" is not in the document checklist.</source>
            <translation>«%1» нет в перечне документов.</translation>
        </message>
        <message>
            <source>A document cannot be issued in the future (%1).</source>
            <translation>Дата выдачи документа не может быть в будущем (%1).</translation>
        </message>
    </context>
    <context>
        <name>ReferralStatuses</name>
        <message>
            <source>In the waiting list</source>
            <translation>В листе ожидания</translation>
        </message>
        <message>
            <source>Date confirmed</source>
            <translation>Дата подтверждена</translation>
        </message>
        <message>
            <source>Hospitalized</source>
            <translation>Госпитализирован</translation>
        </message>
        <message>
            <source>Discharged</source>
            <translation>Выписан</translation>
        </message>
        <message>
            <source>Refused by the hospital</source>
            <translation>Отказ медицинской организации</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Аннулировано</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>Неявка</translation>
        </message>
        <message>
            <source>Moved to another hospital</source>
            <translation>Переведено в другую медицинскую организацию</translation>
        </message>
    </context>
    <context>
        <name>ReferralTableModel</name>
        <message>
            <source>Referral code</source>
            <translation>Код направления</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Зарегистрировано</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Пациент</translation>
        </message>
        <message>
            <source>Hospital code</source>
            <translation>Код МО</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Медицинская организация</translation>
        </message>
        <message>
            <source>Bed profile</source>
            <translation>Профиль койки</translation>
        </message>
        <message>
            <source>Preliminary date</source>
            <translation>Предварительная дата</translation>
        </message>
        <message>
            <source>Confirmed date</source>
            <translation>Подтверждённая дата</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Источник финансирования</translation>
        </message>
        <message>
            <source>Diagnosis (ICD-10)</source>
            <translation>Диагноз (МКБ-10)</translation>
        </message>
    </context>
    <context>
        <name>ReferralsPage</name>
        <message>
            <source>Counting…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s)</source>
            <translation>
                <numerusform>%n направление</numerusform>
                <numerusform>%n направления</numerusform>
                <numerusform>%n направлений</numerusform>
            </translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Направления</translation>
        </message>
        <message>
            <source>Find by referral code, IIN or patient name</source>
            <translation>Поиск по коду направления, ИИН или ФИО пациента</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Все статусы</translation>
        </message>
        <message>
            <source>&amp;New referral…</source>
            <translation>&amp;Новое направление…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
    </context>
    <context>
        <name>RegionalContact</name>
        <message>
            <source>The area code is 3 to 5 digits, for example 7172.</source>
            <translation>Код города — от 3 до 5 цифр, например 7172.</translation>
        </message>
        <message>
            <source>The phone number may hold only digits, spaces and dashes, for example 557-290.</source>
            <translation>Номер телефона может содержать только цифры, пробелы и дефисы, например 557-290.</translation>
        </message>
        <message>
            <source>A local number has 5 to 8 digits; check it.</source>
            <translation>Местный номер содержит от 5 до 8 цифр; проверьте его.</translation>
        </message>
    </context>
    <context>
        <name>RegionalContactModel</name>
        <message>
            <source>number not published</source>
            <translation>номер не опубликован</translation>
        </message>
        <message>
            <source>The Bureau's portal gives no number for this bureau. Enter it when you learn it.</source>
            <translation>Портал Бюро госпитализации не указывает номер этого бюро. Внесите его, когда узнаете.</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>Area code</source>
            <translation>Код города</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>Обновлено</translation>
        </message>
    </context>
    <context>
        <name>RegionalContactService</name>
        <message>
            <source>Choose the region this bureau serves.</source>
            <translation>Выберите регион, который обслуживает это бюро.</translation>
        </message>
        <message>
            <source>This contact was removed on another workstation. Refresh the list.</source>
            <translation>Этот контакт удалён на другом рабочем месте. Обновите список.</translation>
        </message>
    </context>
    <context>
        <name>RegionalContactsPage</name>
        <message>
            <source>Contact not saved</source>
            <translation>Контакт не сохранён</translation>
        </message>
        <message>
            <source>Remove the contact of %1 (%2 %3)? It stays in the database's history but is no longer shown or printed.</source>
            <translation>Удалить контакт: %1 (%2 %3)? Запись останется в истории базы данных, но больше не будет показываться и печататься.</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>Удаление контакта</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n контакт</numerusform>
                <numerusform>%n контакта</numerusform>
                <numerusform>%n контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without a published number</source>
            <translation>
                <numerusform>у %n номер не опубликован</numerusform>
                <numerusform>у %n номер не опубликован</numerusform>
                <numerusform>у %n номер не опубликован</numerusform>
            </translation>
        </message>
        <message>
            <source>Regional bureau contacts</source>
            <translation>Контакты региональных бюро</translation>
        </message>
        <message>
            <source>Filter by region or number</source>
            <translation>Отбор по региону или номеру</translation>
        </message>
        <message>
            <source>&amp;Add contact…</source>
            <translation>&amp;Добавить контакт…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Found for «%1»</source>
            <translation>Найдено по запросу «%1»</translation>
        </message>
        <message>
            <source>Patients: %1</source>
            <translation>Пациенты: %1</translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>Пациенты</translation>
        </message>
        <message>
            <source>Referrals: %1</source>
            <translation>Направления: %1</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Направления</translation>
        </message>
    </context>
    <context>
        <name>TransitionDialog</name>
        <message>
            <source>Confirm the &amp;date…</source>
            <translation>Подтвердить &amp;дату…</translation>
        </message>
        <message>
            <source>&amp;Admitted…</source>
            <translation>&amp;Госпитализирован…</translation>
        </message>
        <message>
            <source>D&amp;ischarged…</source>
            <translation>&amp;Выписан…</translation>
        </message>
        <message>
            <source>Re&amp;fused by the hospital…</source>
            <translation>&amp;Отказ медицинской организации…</translation>
        </message>
        <message>
            <source>&amp;Cancel the referral…</source>
            <translation>&amp;Аннулировать направление…</translation>
        </message>
        <message>
            <source>Did &amp;not come…</source>
            <translation>&amp;Неявка…</translation>
        </message>
        <message>
            <source>&amp;Move to another hospital…</source>
            <translation>&amp;Перевести в другую МО…</translation>
        </message>
        <message>
            <source>Admission day:</source>
            <translation>Дата госпитализации:</translation>
        </message>
        <message>
            <source>Admitted on:</source>
            <translation>Фактическая дата госпитализации:</translation>
        </message>
        <message>
            <source>The document package is not complete:</source>
            <translation>Пакет документов неполный:</translation>
        </message>
        <message>
            <source>The hospital may refuse the patient. To record the admission anyway, say why.</source>
            <translation>МО может отказать пациенту в госпитализации. Чтобы всё же отметить госпитализацию, укажите причину.</translation>
        </message>
        <message>
            <source>for example: the tests were repeated in the admission ward</source>
            <translation>например: анализы пересданы в приёмном отделении</translation>
        </message>
        <message>
            <source>Admitted anyway because:</source>
            <translation>Причина госпитализации без полного пакета:</translation>
        </message>
        <message>
            <source>Discharged on:</source>
            <translation>Дата выписки:</translation>
        </message>
        <message>
            <source>Reason given by the hospital:</source>
            <translation>Причина, указанная МО:</translation>
        </message>
        <message>
            <source>Details:</source>
            <translation>Подробности:</translation>
        </message>
        <message>
            <source>what the hospital said, in a few words</source>
            <translation>кратко: что сообщила МО</translation>
        </message>
        <message>
            <source>Who asked and why:</source>
            <translation>По чьей просьбе и почему:</translation>
        </message>
        <message>
            <source>for example: the patient was treated in a paid clinic</source>
            <translation>например: пациент пролечен в платной клинике</translation>
        </message>
        <message>
            <source>The patient did not come on %1. The referral can then be given a new date or cancelled.</source>
            <translation>Пациент не явился на госпитализацию %1. После этого направлению можно назначить новую дату или аннулировать его.</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Регион:</translation>
        </message>
        <message>
            <source>Hospital the patient chose:</source>
            <translation>МО по выбору пациента:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Примечание:</translation>
        </message>
        <message>
            <source>the patient's free choice</source>
            <translation>свободный выбор пациента</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Записать</translation>
        </message>
    </context>
    <context>
        <name>WriteTransaction</name>
        <message>
            <source>starting to save</source>
            <translation>начало сохранения</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>сохранение</translation>
        </message>
    </context>
</TS>
