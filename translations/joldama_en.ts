<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AddContactDialog</name>
        <message>
            <source>Add a regional bureau contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Area code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example 7172</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example 557-290; leave empty if unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Cannot open the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Joldama with --db PATH to work on another database file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BedAvailabilityModel</name>
        <message>
            <source>no report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hospital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bed profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form of care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Occupied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reserved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free the day after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report of</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CareTerms</name>
        <message>
            <source>Free care package (GOBMP)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compulsory health insurance (OSMS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High-tech care quota (HTMC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid by the patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Surgical treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conservative treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rehabilitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round-the-clock hospital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day hospital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Village</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brought by ambulance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Came on their own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferred from another hospital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClerkActions</name>
        <message>
            <source>Patient %1 saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral %1 registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The referral is registered.

Code: %1

Give the patient this code: it shows their place in the waiting list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The Qt database driver %1 is not installed. Install the package that provides it (libqt6sql6-sqlite or libqt6sql6-psql).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a folder, not a database file. Give the path of a file, for example %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1 for the database. Choose a folder you may write to, or another file with --db.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opening the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>switching the database to write-ahead logging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 cannot use write-ahead logging (journal mode stays "%2"). Put the file on a local disk, not a network folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another workstation is writing to the database and did not finish in time. Nothing was saved; try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk holding %1 is full. Nothing was saved; free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 is read-only for you. Nothing was saved; ask the administrator for write access or open another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the database file %1. Check that the folder exists and you may write to it, or choose another file with --db.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a Joldama database (it is not an SQLite file). Choose another file with --db.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 is damaged. Stop working with it and restore the latest backup; the administrator can help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk reported an error while %1 (%2). Nothing was saved; check the disk and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change breaks a rule of the database (%1). Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot connect to the database server %1 (%2). Check the network and the server, or work on a local file with --db.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database failed while %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown error</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiagnosisService</name>
        <message>
            <source>The first line must name the columns code and name_ru (or name); name_kk and name_en may follow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The diagnosis %1 has no name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentCheck</name>
        <message>
            <source>valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>will have expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no date of issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>valid until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>valid only until %1, before the admission day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>present, but the date of issue is not recorded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HospitalBedsPage</name>
        <message>
            <source>All regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All bed profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hospital beds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by hospital, code or profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hospital profiles: %1, with a bed report: %2. Free beds today: %3, tomorrow: %4, the day after: %5.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IcdCode</name>
        <message>
            <source>Enter the diagnosis: an ICD-10 code such as I25.1, or start typing its name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not an ICD-10 code. A code is a Latin letter and two digits, with an optional part after a dot: I25, I25.1, M17.11.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Iin</name>
        <message>
            <source>Enter the patient's IIN: 12 digits from the identity document.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>An IIN has exactly 12 digits; this one has %n character(s). Check it against the identity document.</source>
            <translation>
                <numerusform>An IIN has exactly 12 digits; this one has %n character. Check it against the identity document.</numerusform>
                <numerusform>An IIN has exactly 12 digits; this one has %n characters. Check it against the identity document.</numerusform>
            </translation>
        </message>
        <message>
            <source>The 7th digit of an IIN must be 1 to 6 (century and sex). Check the number against the identity document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first six digits of an IIN are the birth date (YYMMDD), and this is not a real date. Check the number against the identity document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No IIN is ever issued with these first eleven digits. Check the number against the identity document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last digit of this IIN does not match the others: a digit is probably mistyped. Check the number against the identity document.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>The import was cancelled; the database is as it was before it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have problems. Correct them and import the file again, or import the good rows only.</source>
            <translation>
                <numerusform>Nothing was imported: %n row have problems. Correct them and import the file again, or import the good rows only.</numerusform>
                <numerusform>Nothing was imported: %n rows have problems. Correct them and import the file again, or import the good rows only.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n row(s).</source>
            <translation>
                <numerusform>Imported %n row.</numerusform>
                <numerusform>Imported %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) were already there unchanged.</source>
            <translation>
                <numerusform>%n row were already there unchanged.</numerusform>
                <numerusform>%n rows were already there unchanged.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bad row(s) were skipped.</source>
            <translation>
                <numerusform>%n bad row were skipped.</numerusform>
                <numerusform>%n bad rows were skipped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Joldama — Bureau of Hospitalization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hospital beds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regional contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Joldama</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Joldama with --db PATH to work on another database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Joldama</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joldama %1
The workstation of a regional Bureau of Hospitalization: patients, referrals, waiting lists and free beds.

Database: %2 (schema version %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;patient…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;referral…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find a patient or referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a patient or referral: IIN, code or name (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>%1 is a database of another program, not of Joldama. Nothing was changed. Choose another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 was written by a newer Joldama (schema version %2; this program knows up to %3). Nothing was changed. Install the newer Joldama, or open another database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>upgrading the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upgrading the database to version %1 (%2) failed; the database was left as it was. %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientDialog</name>
        <message>
            <source>&amp;IIN:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>12 digits from the identity document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born, sex:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Middle name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example 8 701 123 45 67</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attached &amp;clinic:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OSMS:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Insured in compulsory social health insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Benefit category:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register a patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— not given —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the registered patient?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientRules</name>
        <message>
            <source>Enter the last name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the first name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last name may hold only letters, with a hyphen, apostrophe or space between its parts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first name may hold only letters, with a hyphen, apostrophe or space between its parts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The middle name may hold only letters, with a hyphen, apostrophe or space between its parts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the benefit category from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disability, group I</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disability, group II</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disability, group III</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Child with a disability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>War veteran</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Large family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low-income family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pensioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other category</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientService</name>
        <message>
            <source>"%1" is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A patient with IIN %1 is already registered: %2. Open that record instead of registering the patient again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This patient is no longer in the registry. Refresh the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The IIN of a registered patient cannot be changed. If it was registered with a wrong IIN, register the patient with the right one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty: the first line must name the columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The header lacks the column(s) %1. The first line must name at least iin, last_name and first_name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown column "%1". Known columns: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quoted field is never closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The row has %1 fields, the header %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IIN %1 appears twice in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IIN %1 is already registered as %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientTableModel</name>
        <message>
            <source>IIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birth date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attached clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OSMS insured</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatientsPage</name>
        <message>
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n patient(s)</source>
            <translation>
                <numerusform>%n patient</numerusform>
                <numerusform>%n patients</numerusform>
            </translation>
        </message>
        <message>
            <source>Patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find by IIN or name (any part, any case)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New patient…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;referral for the patient…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhoneNumber</name>
        <message>
            <source>A phone number may hold only digits, spaces, dashes, brackets and a leading +.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a Kazakhstan number with 10 digits after +7 or 8, for example 8 701 123 45 67.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Query</name>
        <message>
            <source>preparing a query</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading or writing data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferenceDataService</name>
        <message>
            <source>The shipped reference list %1 is missing from this build of Joldama.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralCode</name>
        <message>
            <source>Enter the referral code, for example 71.7101.CAR.1F.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a referral code. A code looks like 71.7101.CAR.1F: region, hospital, bed profile and number, separated by dots.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralDetailDialog</name>
        <message>
            <source>Document not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document package is complete for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n document(s) missing or not valid on %1. Tick what the patient has and enter the date of issue.</source>
            <translation>
                <numerusform>%n document missing or not valid on %1. Tick what the patient has and enter the date of issue.</numerusform>
                <numerusform>%n documents missing or not valid on %1. Tick what the patient has and enter the date of issue.</numerusform>
            </translation>
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hospital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bed profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnosis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form of care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preliminary date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Register a referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient and diagnosis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Patient:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IIN or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Diagnosis:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ICD-10 code or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bed &amp;profile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hospitals in re&amp;gion:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hospital chosen by the patient:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Form of care:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;urpose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;unding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Territory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pr&amp;iority:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region of the &amp;referring organization:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referring &amp;organization:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Doctor:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Emergency admission without a referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hospital of this region admits to this profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No registered patient has this IIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not in the ICD-10 dictionary.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralDocumentModel</name>
        <message>
            <source>(if needed)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s) from issue</source>
            <translation>
                <numerusform>%n day from issue</numerusform>
                <numerusform>%n days from issue</numerusform>
            </translation>
        </message>
        <message>
            <source>does not expire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Has it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the planned day</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralHistoryModel</name>
        <message>
            <source>moved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moved from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>admitted without the full document package: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>emergency admission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason and details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralLifecycle</name>
        <message>
            <source>The referral is closed (%1): nothing more can happen to it. Register a new referral if the patient still needs hospitalization.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm the admission date first: only a referral with a confirmed date can be marked as hospitalized.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a hospitalized patient can be discharged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a patient with a confirmed date can be marked as not having come.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A referral cannot go back to the waiting list; give it a new date instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient is in hospital: the only next step is discharge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient did not come: give a new date or cancel the referral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A referral cannot go from "%1" to "%2".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralService</name>
        <message>
            <source>No patient with IIN %1 is registered. Register the patient first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the patient the referral is for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the region of the referring organization: its KATO code starts the referral code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the bed profile from the list ("%1" is not one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no active hospital with the code "%1". Choose one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not admit planned patients to the profile "%2". Choose a hospital offered for this profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The form of care is round_the_clock or day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The purpose is one of: surgical, conservative, diagnostics, rehabilitation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The funding is one of: gobmp, osms, htmc, paid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The territory is city or village.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The priority is a whole number from 0 (usual) to %1 (most urgent).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not in the ICD-10 dictionary. Check the code, or import the full dictionary (joldama-cli import icd10 FILE.csv).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say how the patient arrived: ambulance, self or transfer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No referral has the code %1. Check the code on the ticket.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the confirmed admission date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The admission date %1 has passed. Give today's date or a later one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A patient cannot be admitted on a future day (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document package is not complete: %1. The hospital may refuse the patient. To record the admission anyway, give the reason for the exception.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The discharge date cannot be before the admission on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A patient cannot be discharged on a future day (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the reason the hospital gave for refusing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not in the list of refusal reasons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Describe the reason for the refusal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the reason for cancelling: who asked and why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the hospital the patient moves to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient is already in the queue of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not admit planned patients to this bed profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No referral has the code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not in the document checklist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A document cannot be issued in the future (%1).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralStatuses</name>
        <message>
            <source>In the waiting list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hospitalized</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discharged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused by the hospital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not come</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved to another hospital</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralTableModel</name>
        <message>
            <source>Referral code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hospital code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hospital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bed profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preliminary date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnosis (ICD-10)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralsPage</name>
        <message>
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n referral(s)</source>
            <translation>
                <numerusform>%n referral</numerusform>
                <numerusform>%n referrals</numerusform>
            </translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find by referral code, IIN or patient name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New referral…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegionalContact</name>
        <message>
            <source>The area code is 3 to 5 digits, for example 7172.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The phone number may hold only digits, spaces and dashes, for example 557-290.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A local number has 5 to 8 digits; check it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegionalContactModel</name>
        <message>
            <source>number not published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Bureau's portal gives no number for this bureau. Enter it when you learn it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last update</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegionalContactService</name>
        <message>
            <source>Choose the region this bureau serves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This contact was removed on another workstation. Refresh the list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegionalContactsPage</name>
        <message>
            <source>Contact not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the contact of %1 (%2 %3)? It stays in the database's history but is no longer shown or printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove contact</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without a published number</source>
            <translation>
                <numerusform>%n without a published number</numerusform>
                <numerusform>%n without a published number</numerusform>
            </translation>
        </message>
        <message>
            <source>Regional bureau contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by region or number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found for «%1»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patients: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransitionDialog</name>
        <message>
            <source>Confirm the &amp;date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Admitted…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;ischarged…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;fused by the hospital…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel the referral…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did &amp;not come…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move to another hospital…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admission day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admitted on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document package is not complete:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hospital may refuse the patient. To record the admission anyway, say why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example: the tests were repeated in the admission ward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admitted anyway because:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discharged on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason given by the hospital:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what the hospital said, in a few words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who asked and why:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example: the patient was treated in a paid clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient did not come on %1. The referral can then be given a new date or cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hospital the patient chose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the patient's free choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Record</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WriteTransaction</name>
        <message>
            <source>starting to save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
