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
