<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AbroadApplicationDialog</name>
    <message>
        <source>New application for treatment abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN, 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One document a line, e.g. &quot;Extract from the medical record&quot;. Each is recorded as received today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit to the commission now (needs at least one document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists of diseases and categories include entries from the starter list shipped with Joldama, not yet checked against the Ministry of Health&apos;s current order. Check them with Eligible lists… on the Treatment abroad page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease from the &amp;list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category of citizens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cli&amp;nic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents &amp;handed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered patient has this IIN. Register the patient first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbroadApplicationModel</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, protocol %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country and clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbroadApplicationPrintout</name>
    <message>
        <source>There is no application for treatment abroad with the number %1. Check the number in the list of applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for treatment abroad at the expense of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis and grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis (ICD-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision of the commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commission has not decided on this application yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the patient is sent for treatment abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disease or the category was taken from the starter list shipped with Joldama, which has not been checked against the Ministry of Health&apos;s current order yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk of the Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient or their legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by %1 (Joldama %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for treatment abroad No. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbroadDecisionDialog</name>
    <message>
        <source>Decision of the commission on application No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written on the protocol, e.g. 45-П</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the application is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry of treatment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cli&amp;nic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbroadLifecycle</name>
    <message>
        <source>The application is closed (%1): nothing more can happen to it. File a new application if the patient still needs treatment abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the application to the commission first: the commission decides only on submitted applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commission has already decided on this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an application approved by the commission can be marked as treated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application cannot go back to a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbroadPage</name>
    <message>
        <source>Application not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application No. %1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application No. %1 submitted to the commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commission&apos;s decision on application No. %1 is recorded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is application No. %1 withdrawn? Say who asked and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient of application No. %1 has been treated abroad. Add a note if there is one (for example the dates of treatment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the document the patient handed in for application No. %1 (recorded as received today):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document added to application No. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications shown: %1. By status: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists of eligible diseases and categories are still partly the starter list shipped with Joldama, not the Ministry of Health&apos;s official list: %1 entries are not checked yet. Open Eligible lists… to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by patient, IIN, diagnosis or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit to the commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the commission&apos;s decision: approved or rejected, its date and protocol number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;treated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible &amp;lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diseases and the categories of citizens for which patients are sent for treatment abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the application for treatment abroad No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application in the list: it is what gets printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbroadService</name>
    <message>
        <source>Choose the disease from the list of diseases for which citizens are sent for treatment abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list of diseases for which citizens are sent for treatment abroad, so the application cannot be accepted. Choose a disease from the list; if the Ministry of Health&apos;s order includes it, add it to the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been taken off the list of diseases for which citizens are sent for treatment abroad, so the application cannot be accepted. Check the Ministry of Health&apos;s current order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient&apos;s category from the list of categories of citizens sent for treatment abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list of categories of citizens sent for treatment abroad, so the application cannot be accepted. Choose a category from the list; if the Ministry of Health&apos;s order includes it, add it to the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been taken off the list of categories of citizens sent for treatment abroad, so the application cannot be accepted. Check the Ministry of Health&apos;s current order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the document, for example &quot;Extract from the medical record&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document cannot be received in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient the application is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the documents the patient handed in before submitting the application to the commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no application for treatment abroad with the number %1. Check the number in the list of applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval and rejection are the commission&apos;s decision: record it with the decision date and the protocol number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the application: who asked and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the commission approved or rejected the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the commission&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date %1 is in the future. Give the date on the commission&apos;s protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was registered (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of the commission&apos;s protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the commission rejected the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the country where the patient will be treated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is closed (%1): documents can no longer be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of a list entry is 2 to 40 small Latin letters, digits or underscores, for example organ_transplant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name in Kazakh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name in Russian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n year(s) old, and the category &quot;%2&quot; covers ages %3. Choose the category the patient belongs to.</source>
        <translation>
            <numerusform>%1 is %n year old, and the category &quot;%2&quot; covers ages %3. Choose the category the patient belongs to.</numerusform>
            <numerusform>%1 is %n years old, and the category &quot;%2&quot; covers ages %3. Choose the category the patient belongs to.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis text has %1 characters; at most %2 fit. Shorten it to the diagnosis itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not yet in the ICD-10 dictionary. Type the diagnosis as the documents word it: the application is accepted with it, and the code is kept for the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An age of %1 years is out of range: give 0 to 150, or no bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ages run from %1 to %2: the first must not be above the second.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbroadStatuses</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to the commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated abroad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessMenus</name>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts, their roles and passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who saw and changed what, and the check of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>The administrator&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example aigerim.s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no user accounts yet: anyone at this computer sees and changes everything. The first account is the administrator&apos;s; from then on everyone signs in, and every view and change is recorded in the audit log. You are signed in as the administrator at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password of at least %1 characters: a few words that belong together are easier to remember than a short jumble. Tell it to the person in private; they can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <source>&quot;%1&quot; cannot be a login. Use 2 to 32 Latin letters, digits, dots, hyphens or underscores, beginning with a letter, for example aigerim.s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters. A few words that belong together are easier to remember than a short jumble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the login. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be one character repeated. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>This database keeps a sealed audit log, and this computer does not have its key (looked for %1). Ask the administrator for a copy of the key file and put it there, or name it with the environment variable JOLDAMA_AUDIT_KEY_FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit key in %1 (%2) is not this database&apos;s (%3). Put this database&apos;s key file there, or name it with JOLDAMA_AUDIT_KEY_FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window locks after 1 to 240 minutes without input; %1 is outside that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1. joldama-cli users list shows the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account must be an administrator&apos;s (--role admin): the administrator then adds the clerks&apos; accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another workstation created the first account meanwhile. Open the database again and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account %1. Choose another login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only active administrator: add another administrator first, or nobody could manage the accounts any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own role. Ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the administrator can unlock it (Bureau → Users…, or joldama-cli users unlock %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 wrong passwords in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords for %1: try again after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is now locked after %2 wrong passwords in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 wrong passwords in a row the next try waits until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no user accounts yet: it works without signing in. The first account is made with joldama-cli users add LOGIN --role admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add a regional bureau contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 7172</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 557-290; leave empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>audit log started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>This is not an audit checkpoint written by joldama-cli audit anchor. Give the file the anchor was written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditKeyFile</name>
    <message>
        <source>The audit key file %1 cannot be read (%2). Ask the administrator to give you read access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Joldama audit key file. Restore the key file from its copy; without it nobody can sign in to this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit key file %1 already exists. Move it away only if it belongs to no database in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the audit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the audit key file %1. Check that you may write to its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit key file %1. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN, 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>This database keeps no audit log yet: it begins with the first user account (joldama-cli users add LOGIN --role admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty although the database has user accounts: every entry was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint&apos;s signature is not valid: the checkpoint file was altered. Use an intact copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint belongs to another database (%1). Give a checkpoint written for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint was signed with another audit key (%1; this database&apos;s key is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint of %1 counted %2 entries, but entries from %3 on were removed (the log now holds %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log differs from the checkpoint of %1 (entry %2): it was cut or rewritten from entry %3 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>The account %1 has been disabled. Nothing was saved; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of the account %1 was changed by the administrator. Nothing was saved; sign in again to continue with the new role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is not kept on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log goes from entry %2 to entry %3 (an entry was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 appears out of order (the entries were renumbered or reordered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered, or entries were reordered: its seal does not match its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes sealed by entry %1 (change log rows %2 to %3) were altered or removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: this database has user accounts, and %1 is for the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 is for the %2; you are signed in as %3, %4. Ask a colleague with that role, or the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>A shared PostgreSQL database is backed up on its server by the administrator, with pg_dump (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself. Choose another file for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed its check, so it was not kept: %1 The database itself is unchanged; try again, and if it fails again, report the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Make a backup of the database every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is made when the window is open, or at the first start of the day, and checked before it counts. Kept: the last 7 days, 5 weeks and 12 months. Keep a copy on another disk too, inside Kazakhstan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database&apos;s backups go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the whole path of a folder, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The disk holding %1 is full. Free some space or choose another folder, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database stayed busy while %1. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite failed while %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up by its administrator with pg_dump (see the README); joldama-cli backs up SQLite files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1. Check that the folder exists and you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the backup&apos;s schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the backup&apos;s manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Joldama backup: it is not an SQLite database at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Joldama backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Joldama database but not a backup made by Joldama (it has no manifest). Make a backup of it with joldama-cli --db %1 backup -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer Joldama (backup format %2). Use that Joldama to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version in %1 (%2) differs from its manifest (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in %2 point at records that are not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read whole (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are missing or added since the backup was made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contents of %1 changed since the backup was made (the checksum differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 differs from the one in %1: the file was changed after the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedAvailabilityModel</name>
    <message>
        <source>no report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free the day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of beds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedService</name>
    <message>
        <source>There is no hospital with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bed profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed numbers cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied (%1) and reserved (%2) beds together exceed the %3 beds of the profile. Check the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form of care is round_the_clock or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bed report for %1 is more than a year from today. Check the year: beds are reported for today or the days close to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bed report is for %1, %2 days ahead. If that day is meant, confirm it; otherwise correct the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bed report is for %1, %2 days ago. If that day is meant, confirm it; otherwise correct the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 beds is out of range: a hospital has at most %2 beds in one profile. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedsPrintout</name>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BureauDialog</name>
    <message>
        <source>Bureau details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau of Hospitalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the region of what is printed —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every printout names the bureau in its heading: referral tickets, queue lists and the other lists. Without a name it says «Bureau of Hospitalization» in the printout&apos;s language; without a region it names the region of the hospital printed. The details are kept in the database, so every workstation of the bureau prints the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BureauService</name>
    <message>
        <source>The bureau&apos;s name is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;day off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;working weekend day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make an ordinary day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays of Kazakhstan and the days off carried over from weekends are shipped for this year and the next. Days the Government moves by decree, and later years, are entered here. Preliminary dates are planned again after every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working weekend day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: moved from 2 January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the holiday or of the decree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>Give the day as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the holiday or the reason for the day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekday: it is a working day already unless it is a holiday; clear the holiday instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTerms</name>
    <message>
        <source>Free care package (GOBMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compulsory health insurance (OSMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-tech care quota (HTMC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgical treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservative treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-the-clock hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought by ambulance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred from another hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkActions</name>
    <message>
        <source>Patient %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral %1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral is registered.

Code: %1

Give the patient this code: it shows their place in the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered, IIN %2.

Register a referral for this patient now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register a referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 copied: paste it with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, protocol %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIAGNOSIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISEASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPLICATIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no application for treatment abroad with the number %1. Check the number with abroad list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Application %1 written to %2 (%n page(s))</source>
        <translation>
            <numerusform>Application %1 written to %2 (%n page)</numerusform>
            <numerusform>Application %1 written to %2 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>starter, unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ages %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries marked &quot;starter&quot; come from the starter list shipped with Joldama, not the official list: check each against the Ministry of Health&apos;s current order and save it (abroad diseases set / abroad categories set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is right, run the command again with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish %1: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation>
            <numerusform>%n record written to %1</numerusform>
            <numerusform>%n records written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 / %3   (%4 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 patients and %2 referrals in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid, born %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BORN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with IIN %1 is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer named &quot;%1&quot;. Printers here: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer %1</source>
        <translation>
            <numerusform>%n page sent to the printer %1</numerusform>
            <numerusform>%n pages sent to the printer %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLOCATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTMC PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split by population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (database schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AREA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, region %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted without: %1; why: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second place in this profile (besides %1); why: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diagnosis was not yet in the ICD-10 dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move the patient: joldama-cli referrals transition CODE transferred --hospital CODE. To register a second referral anyway: --second-referral-reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral has the code %1. Check the code on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGISTERED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRELIMINARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n planned admission(s) a day</source>
        <translation>
            <numerusform>%n planned admission a day</numerusform>
            <numerusform>%n planned admissions a day</numerusform>
        </translation>
    </message>
    <message>
        <source>HOSPITAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREE_TODAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOMORROW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY_AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCCUPIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESERVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORTED_AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved; waiting lists planned again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an ordinary day again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals: %1, registered today %2, this month %3, refused share %4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEDIAN_DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90_DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups: today %1, yesterday %2, this month %3; workstations online %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may now read and write the records; it may only add to the audit log and may not change the schema, which stays the role %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Show those already &amp;reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided, for example: phoned the patient, the bureau&apos;s number is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is dropped in an exchange: where the bureau and a workstation changed the same field, or a workstation changed a referral the bureau had closed, the bureau&apos;s value stays and both are listed here. Correct the record if the other value is right, then mark the conflict as reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed at both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral closed by the bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record deleted at the bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step not taken at the bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is saved as UTF-16 (Excel&apos;s &quot;Unicode text&quot;), not UTF-8. Save it again as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line holds a NUL byte, which no text has: the file is not a plain CSV text (perhaps a spreadsheet, or text saved as UTF-16). Save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not UTF-8 although the lines before it are: this line cannot be read without guessing. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file mixes two encodings: this line is UTF-8, the lines before it Windows-1251. Save the file in one encoding (&quot;CSV UTF-8&quot;) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as Windows-1251 the line has letters that neither Kazakh nor Russian uses (%1): the file is in another code page, such as the Kazakh KZ-1048. Save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is never closed: lines %1 to %2 were read as one field. Check the quotes on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 closes only on line %2, so the rows of lines %3 to %2 were swallowed into it. A closing quote is probably missing on line %1; correct it and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals: &lt;b&gt;%1&lt;/b&gt; · registered today: &lt;b&gt;%2&lt;/b&gt; · this month: &lt;b&gt;%3&lt;/b&gt; · refused by hospitals: &lt;b&gt;%4%&lt;/b&gt; of their decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90% wait no longer than (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds today by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups by code: today &lt;b&gt;%1&lt;/b&gt; · yesterday &lt;b&gt;%2&lt;/b&gt; · this month &lt;b&gt;%3&lt;/b&gt; · workstations online now: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt database driver %1 is not installed. Install the package that provides it (libqt6sql6-sqlite or libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a file, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Choose a folder you may write to, or another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching the database to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging (journal mode stays &quot;%2&quot;). Put the file on a local disk, not a network folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another workstation is writing to the database and did not finish in time. Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only for you. Nothing was saved; ask the administrator for write access or open another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1. Check that the folder exists and you may write to it, or choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Joldama database (it is not an SQLite file). Choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. Stop working with it and restore the latest backup; the administrator can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while %1 (%2). Nothing was saved; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the database (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another workstation changed the same records at the same moment. Nothing was saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing was saved; ask the administrator to free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server does not allow this account to do that (%1). Nothing was saved; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 does not answer (%2). Nothing was saved; check the network and the server, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for the password of the user %2, and none was given. Give the password, or keep it in the user&apos;s ~/.pgpass file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not accept the password of the user %2. Check the user name and type the password again; the administrator can set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not let this computer in (%2). Ask the administrator to allow this workstation in the server&apos;s pg_hba.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no database named %2. Check the name with the administrator, who creates the database once (createdb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so there is no database %2 in it. Check the path given with --db for a typing mistake, or create the folder first if a new database is meant to be there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Joldama. Nothing was changed. Choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseMove</name>
    <message>
        <source>A database moves onto a server: give the server&apos;s database with --db postgresql://…. To copy a database file, make a backup of it or copy the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file %1. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database already holds patients, referrals or user accounts: a database is moved only into a new one. Create an empty database on the server, run joldama-cli --db postgresql://… init on it, and move into that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 differs on the server after the move (%2 rows in the file, %3 on the server). Nothing was moved; report the problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseReplacement</name>
    <message>
        <source>Cannot open the database %1 to replace it (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joldama is still open on %1 (a window or a command, on this computer or another). Close every Joldama that uses this database and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the database %1 for the restore (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1 for the restore (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot close the write-ahead log of %1 (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1 (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisService</name>
    <message>
        <source>The diagnosis %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of ICD-10 codes was found. The file needs a column of codes (I25.1, K35.8) and one of names in Russian, Kazakh or English, with a header such as code, name_ru, name_kk, name_en (or код, наименование, атауы), or without a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of diagnosis names was found next to the codes. Give the names in Russian, Kazakh or English, with a header such as name_ru, name_kk, name_en (or наименование, атауы), or without a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentCheck</name>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid only until %1, before the admission day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present, but the date of issue is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires before admission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what is previewed as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibleListModel</name>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter list, not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with Joldama as a starter list. Check it against the Ministry of Health&apos;s current order, correct it if needed, and mark it as checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already on the list. Choose another code, or edit the entry that has it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibleListsDialog</name>
    <message>
        <source>Eligible diseases and categories for treatment abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diseases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories of citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries come from the starter list shipped with Joldama, which is not the official list. Check each against the Ministry of Health&apos;s current order: correct it in place, take it off the list if it does not belong, or mark it as checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry has been checked. Keep the list in step with the Ministry of Health&apos;s current order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected entry matches the Ministry of Health&apos;s current order as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an eligible disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an eligible category of citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small Latin letters, digits and underscores, e.g. retinoblastoma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ICD-10 codes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, City polyclinic No. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation gets a code that is never given again and a key to sign its packages with. Save its enrolment file and take it to the workstation: it holds the key, so keep it like one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentFile</name>
    <message>
        <source>The file is not a Joldama enrolment file. Use the file the bureau made with &quot;exchange enroll&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment file is incomplete or damaged. Ask the bureau for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join a bureau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send a package to the bureau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workstations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · last answer from the bureau: %2 · referrals not yet at the bureau: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau · workstations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts to review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol *.jenrol);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is now %1 (%2) of %3. Its referral codes are its own from now on; send its work with File → Exchange → Send a package to the bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a package to the bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange packages (*.jpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 holds %2 change(s). Take it to the bureau on a USB stick, by e-mail or through a shared folder; it can be sent again without harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange packages (*.jpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanged through %1: packages imported %2, left %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeExport</name>
    <message>
        <source>This database has not joined a bureau, so there is nobody to send a package to. Join the bureau first with the file it gave you (exchange join FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no record of its bureau. Join the bureau again with its enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the bureau answers workstations, and this database is not a bureau: it has enrolled no workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workstation &quot;%1&quot; is enrolled with this bureau. See the list with &quot;exchange workstations&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation %1 is retired: it gets no answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeImport</name>
    <message>
        <source>waits for %1 %2, which has not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an HTMC quota of %2 for %3 taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused, no HTMC quota is left: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already the code of another referral here: the referral from %2 is now %3. Print its ticket again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record written cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workstation does not send &quot;%1&quot; records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has no &quot;%1&quot; records yet: update Joldama here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier change of this record is parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bureau does not send &quot;%1&quot; records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database exchanges with no bureau. A workstation joins its bureau first (exchange join FILE); a bureau enrols its workstations (exchange enroll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another bureau&apos;s exchange, not to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the bureau&apos;s answer to a workstation; import it at that workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the bureau&apos;s answer to another workstation (%1), not to this one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a workstation&apos;s package for the bureau; import it at the bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it comes from a workstation this bureau never enrolled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workstation %1 is retired; its packages are no longer taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by a newer Joldama (database version %1). Update Joldama here, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was made %1 minutes in this computer&apos;s future: one of the two clocks is wrong. Clocks decide nothing in the exchange, but dates typed there may be off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes %1 to %2 of %3 never arrived here. Import the earlier package first, or make a new package at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bureau has seen referral numbers of this workstation above those it knows: new codes continue above them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePackage</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Joldama exchange package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was made by a newer Joldama. Update Joldama on this computer, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is incomplete or damaged (its checksum does not match): it was cut short or changed on the way. Ask for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s content does not follow the exchange format. Ask for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match the key of the workstation it claims to come from: it was signed with another key or altered. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeReport</name>
    <message>
        <source>%1: this package was imported before; nothing changed (changes already applied: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changes in the package: %2; applied %3, already applied %4, merged %5, in conflict %6, parked %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes parked earlier and applied now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2. Nothing was written; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workstation a name of up to 120 characters, for example the clinic&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is a workstation of the bureau &quot;%1&quot;; only the bureau enrols workstations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau of Hospitalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workstation named &quot;%1&quot; is already enrolled (%2). To set up its computer again, issue its file anew (exchange enroll &quot;%1&quot; --again); otherwise choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workstation named &quot;%1&quot; is enrolled, so there is no file to issue again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bureau has enrolled as many workstations as referral codes allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is a bureau with enrolled workstations; a bureau does not join another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has already joined the bureau &quot;%1&quot; as %2. A database joins one bureau only; use a new database for another bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has already joined the bureau &quot;%1&quot; as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workstation &quot;%1&quot; is enrolled with this bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which workstation the answer is for (--to NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workstation&apos;s package always goes to its bureau; leave out --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange folder %1 does not exist. Create it or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database exchanges with no bureau yet: join one, or enrol a workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeStatusDialog</name>
    <message>
        <source>Exchange status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last package sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer from the bureau:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the bureau has not acknowledged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every referral of this workstation has reached the bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals that have not reached the bureau yet: %1. Until then they have no place in the bureau&apos;s waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTMC quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting the bureau&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bureau &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstations: %1. Bureau → Workstations… enrols them and makes their answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database exchanges with nobody. A clinic joins its bureau with the enrolment file the bureau gave it (File → Exchange → Join a bureau…); a bureau enrols its workstations (Bureau → Workstations…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HospitalBedsPage</name>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bed profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by hospital, code or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital profiles: %1, with a bed report: %2. Free beds today: %3, tomorrow: %4, the day after: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed reports: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the free beds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HospitalRegistryModel</name>
    <message>
        <source>A demo hospital shipped with Joldama: replace the registry with your own (File → Import → Hospital registry from CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HospitalService</name>
    <message>
        <source>A hospital code is 4 Latin letters or digits, as in the referral codes (for example 7101).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hospital&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 already belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bed profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name at least the columns code, name and region_code; address, phone, kind, active and profiles may follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns hospital_code, profile_code, date, total and occupied; reserved and care_form may follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hospital has the code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bed numbers must be whole numbers, not negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupied and reserved beds exceed the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bed number is out of range: a hospital has at most %1 beds in one profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HospitalsPage</name>
    <message>
        <source>Hospital not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hospital(s)</source>
        <translation>
            <numerusform>%n hospital</numerusform>
            <numerusform>%n hospitals</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 letters or digits, as in referral codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed profiles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the profiles this hospital admits planned patients to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, code, region or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add hospital…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed &amp;profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the hospital registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcdCode</name>
    <message>
        <source>Enter the diagnosis: an ICD-10 code such as I25.1, or start typing its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10 code. A code is a Latin letter and two digits, with an optional part after a dot: I25, I25.1, M17.11.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Iin</name>
    <message>
        <source>Enter the patient&apos;s IIN: 12 digits from the identity document.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first six digits of an IIN are the birth date (YYMMDD), and this is not a real date. Check the number against the identity document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IIN is ever issued with these first eleven digits. Check the number against the identity document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last digit of this IIN does not match the others: a digit is probably mistyped. Check the number against the identity document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
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
    <message>
        <source>The import was cancelled: nothing was imported, and the database is as it was before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListScrollBar</name>
    <message>
        <source>Position in the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingPrintout</name>
    <message>
        <source>The list has more than %1 rows. Narrow it with the search or a filter, then print it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>&amp;Open the referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the patient in the queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral code, e.g. 71.7101.CAR.1F — type it or scan the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed admission day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in a waiting list now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (valid %n day(s) from issue)</source>
        <translation>
            <numerusform>%1 (valid %n day from issue)</numerusform>
            <numerusform>%1 (valid %n days from issue)</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number not published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Joldama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Joldama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joldama %1
The workstation of a regional Bureau of Hospitalization: patients, referrals, waiting lists and free beds.

Database: %2 (schema version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a patient or referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient or referral: IIN, code or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where am I? Referral code (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up a referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patients from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hospital registry from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bed reports from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 &amp;dictionary from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the hospital registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the ICD-10 dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data: &amp;referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data: &amp;waiting list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the open data: referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the open data: waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the database is as it was before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau of Hospitalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass to the &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File → Open database… works on another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;First steps.&lt;/b&gt; 1. Enter the bureau&apos;s name and region: they head every printout. 2. Import the hospital registry of your region (the database comes with a demo set, marked as such). 3. Register patients and referrals: Ctrl+N, Ctrl+R. F1 opens the user guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import hospitals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only for you: you can view, find and look up codes, but not save. Ask the administrator for write access, or use File → Open database….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) report beds for days far from today (the first: line %1, %2). Are those dates right? Yes imports the file as it is.</source>
        <translation>
            <numerusform>%n row reports beds for days far from today (the first: line %1, %2). Are those dates right? Yes imports the file as it is.</numerusform>
            <numerusform>%n rows report beds for days far from today (the first: line %1, %2). Are those dates right? Yes imports the file as it is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made at other workstations appear here by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be saved until the server answers again; Joldama keeps trying and refreshes every list when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>%1 is a database of another program, not of Joldama. Nothing was changed. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Joldama (schema version %2; this program knows up to %3). Nothing was changed. Install the newer Joldama, or open another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2) failed; the database was left as it was. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only for you and was written by an older Joldama: it must be updated before this program can show it, and that needs write access. Ask the administrator for write access, or open a copy you may write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenDataImportDialog</name>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read so far.</source>
        <translation>
            <numerusform>%n row read so far.</numerusform>
            <numerusform>%n rows read so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: nothing of this file will be kept…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenDataImportJob</name>
    <message>
        <source>Cannot read %1: %2. Check the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenDataService</name>
    <message>
        <source>This is not the Bureau&apos;s open-data %1 file: the first line must name the columns %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hospitalization code of the form RR.MMMM.PPP.N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region %1 of code %2 is not a KATO region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration date &quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed while it was being imported. Nothing was saved; import it again once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Joldama database file (.sqlite) on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the file on a local disk, not a network folder. A file that does not exist yet becomes a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joldama databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database file, or type where to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file in it, for example joldama.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name or address, for example bureau-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at every connection; empty if kept in ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked (verify-ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, with the certificate and the server&apos;s name checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connected before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bureau&apos;s shared database: the administrator gives the server&apos;s name, the database and your user name. The password is never remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address; the administrator knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the database on the server, for example joldama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name on the server; the administrator gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsActions</name>
    <message>
        <source>&amp;Back up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a &amp;problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up on its server by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the daily backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this database yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good backup: %1 — more than two days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File → Back up the database… makes one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joldama backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database and checking the copy. Everyone can go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was made and checked: %2 referrals, %3 patients.
SHA-256: %4

Keep a copy away from this computer, inside Kazakhstan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored:
%1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer Joldama. Install it to restore the backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the whole database with the backup made %1 (%2 referrals, %3 patients)?

Everything saved since then will be gone from the database; it stays in a safety copy of the database as it is now. Joldama closes this window, restores the backup and opens again. Close Joldama on every other workstation that uses this database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored from the backup made %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The printer or the file cannot be written to. Check the printer, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account gets this password and its lock after wrong passwords is lifted. Tell the new password to the person in private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password (%1 MiB needed). Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>&amp;IIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits from the identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born, sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 8 701 123 45 67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached &amp;clinic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSMS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insured in compulsory social health insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benefit category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the registered patient?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientRules</name>
    <message>
        <source>Enter the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name may hold only letters, with a hyphen, apostrophe or space between its parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name may hold only letters, with a hyphen, apostrophe or space between its parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The middle name may hold only letters, with a hyphen, apostrophe or space between its parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the benefit category from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability, group I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability, group II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability, group III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child with a disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>War veteran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-income family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pensioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name has %1 characters; at most %2 fit. Check that nothing else was pasted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name has %1 characters; at most %2 fit. Check that nothing else was pasted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The middle name has %1 characters; at most %2 fit. Check that nothing else was pasted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has %1 characters; at most %2 fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s name has %1 characters; at most %2 fit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientService</name>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient with IIN %1 is already registered: %2. Open that record instead of registering the patient again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient is no longer in the registry. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IIN of a registered patient cannot be changed. If it was registered with a wrong IIN, register the patient with the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks the column(s) %1. The first line must name at least iin, last_name and first_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. Known columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields, the header %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN %1 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN %1 is already registered as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referrals export names no patients by their parts (last_name, first_name): it was written by an older Joldama. Export the patients (joldama-cli export patients) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not the JSON Joldama exports (an array of records): %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 does not agree with the IIN, which gives %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sex &quot;%1&quot; does not agree with the IIN, which gives %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with IIN %1 is registered. Register the patient first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSMS insured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by IIN or name (any part, any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;referral for the patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list of patients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish %1: %2. Nothing was saved; check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins: the last day must be on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>seeing patients&apos; records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registering and correcting patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeing referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registering referrals and recording their course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitting a patient without valid documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up a referral by its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeing waiting lists with patients&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeing the bureau&apos;s lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing referral tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing public lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing lists with patients&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting patients and referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing reference lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording hospital beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the regional bureaus&apos; contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording applications for treatment abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the commission&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managing user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the bureau&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backing up and restoring the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filling the database with demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>A phone number may hold only digits, spaces, dashes, brackets and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Kazakhstan number with 10 digits after +7 or 8, for example 8 701 123 45 67.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list or waiting list on screen, as filtered and sorted (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list on screen as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no printable version. Open a list, a waiting list or a referral to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal &amp;journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the hospitals&apos; refusals of a period, with the patients and the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the refusal journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printout &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: referral codes and dates only, for the notice board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: with patients&apos; names and IIN, for the bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printout&apos;s language does not change the language of the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>Hospital profiles without a bed report, not listed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1, tomorrow %2, the day after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free beds are the beds of the latest report for the day, less the occupied and the reserved ones. A dash: the hospital has not reported its beds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hospital admits planned patients here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — free today: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free beds in all: today %1, tomorrow %2, the day after %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau of Hospitalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tel. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephones of the regional bureaus of hospitalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To call from anywhere in Kazakhstan: 8, the area code in brackets, then the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No telephone matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 (%1) — number not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureaus listed: %1, with a published number: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitals admitting planned patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hospital matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured (OSMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed profile: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: %2 in the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the bureau&apos;s internal use: contains personal data of patients. Do not post or hand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients are listed by their referral code only, without names or IIN. Find your code on your ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary dates are estimates: they move with the queue and with the hospital&apos;s free beds. A confirmed date is fixed by the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in this waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral ticket for planned hospitalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitalization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this ticket and bring it to the hospital. With this code you can check your place in the waiting list and the preliminary date of hospitalization on the Bureau of Hospitalization portal or by telephone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free of charge (GOBMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care within the guaranteed volume of free medical care is free for the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed date of hospitalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital has confirmed this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary date of hospitalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preliminary date is an estimate: it moves with the queue and with the hospital&apos;s free beds. The hospital confirms the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral is no longer in a waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions about the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bureau of hospitalization of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to bring to the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid %1 days from issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the required documents the hospital has the right to refuse hospitalization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by the clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature, full name, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by %1, ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas for high-tech medical care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 · profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all: allocated %1, used %2, remaining %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bureau at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused among the referrals the hospitals decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days waited, by bed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds by region, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hospital has reported its beds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal of admissions and refusals of hospitalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form No. 001/u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred or brought by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department (bed profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis of the referring organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for refusal and measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admissions or refusals were recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted in the period: %1. Refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened: what you did, what you expected and what Joldama did instead. Do not write patients&apos; names or IINs here — a referral code is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the report carries besides your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joldama %1; database: %2, schema version %3
Computer: %4

Last error messages:
%5

Application log (the end; personal data masked):
%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemReportService</name>
    <message>
        <source>Thank you, the error report has been received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, the error report cannot be processed at the moment. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened: what you did, what you expected and what Joldama did instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is longer than %1 characters. Shorten it to what matters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The QR code for &quot;%1&quot; cannot be made: the text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading or writing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePrintout</name>
    <message>
        <source>No hospital has the code %1. Check it against the hospital registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bed profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaPlanModel</name>
    <message>
        <source>No plan entered for this region yet. Type the number of quotas to enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new number of quotas to change the plan; the change is saved at once and kept in the plan&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals funded by this quota that are waiting, scheduled, in hospital or discharged. Cancelled and refused referrals give their quota back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population estimate the split by population uses, and its year. Type a new figure to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaService</name>
    <message>
        <source>The code of an HTMC profile is 2 to 8 Latin letters or digits, for example CSU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the HTMC profile in Kazakh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the HTMC profile in Russian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the HTMC profile in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the plan year as a four-digit year from 2000 to 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an HTMC profile from the list (&quot;%1&quot; is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTMC profile %1 is no longer in use. Choose another profile, or make this one active again in the list of HTMC profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of quotas is a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals from %1 already hold %2 quotas for %3 in %4, so the plan cannot be lower than %2. Enter %2 or more; quotas come back when referrals are cancelled or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national total is a whole number of quotas from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region has a population entered, so the total cannot be split by population. Enter the regions&apos; populations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (referrals hold %2, the split gives %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split would give some regions fewer quotas than their referrals already hold: %1. Nothing was changed. Raise the national total, or set these regions&apos; plans one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population is a whole number of people from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the year the population estimate is for, from 1990 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTMC quota is left for %1 in %2 for %3: all %4 are held by referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no HTMC quotas for %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotas of another region cannot be used. Ask the regional health department to redistribute the quotas, or register the referral under another funding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <source>Plan not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate by population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National total of quotas for %1 in %2. It is split among the regions in proportion to their population; the parts add up exactly to the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replaces the quotas of every region for %1 in %2 (now %3 in all) with a split of %4 by population. Every change is kept in the plans&apos; history. Replace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas used of allocated, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an HTMC profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all: allocated %1, used %2, remaining %3. Populations are estimates of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is entered for this profile and year yet: type each region&apos;s quotas in the Allocated column, or split a national total with Allocate by population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTMC quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTMC &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocate by population…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split a national total of quotas among the regions in proportion to their population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the quota plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceDataService</name>
    <message>
        <source>The shipped reference list %1 is missing from this build of Joldama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name in Kazakh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name in Russian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is 2 to 40 small Latin letters, digits or underscores, starting with a letter, for example blood_count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of a bed profile is 2 or 3 capital Latin letters or digits, starting with a letter, as it appears in referral codes (for example CAR, or DH for the day hospital).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already taken by &quot;%2&quot;. Choose another code, or edit that entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry of the list has the code %1. It may have been changed on another workstation: close the list and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity is 0 to %1 days; 0 means the document does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceListModel</name>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults and children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-the-clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity is a whole number of days; 0 means the document does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <source>Reference lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refusal reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed &amp;profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents a patient brings to the hospital. Validity counts days from the date of issue; 0 means the document does not expire. A retired document is asked of nobody, and referrals that recorded it still show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons a hospital may give for refusing a planned patient. A retired reason is no longer offered for new refusals; the refusals that gave it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bed profiles patients wait for. A retired profile is no longer offered for new referrals; the referrals already waiting for it stay in their queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected entry back in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering the selected entry for new records. Records that have it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document to the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a refusal reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a bed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 or 3 capital Latin letters or digits, as in referral codes, e.g. CAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small Latin letters, digits and underscores, e.g. blood_count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quired for hospitalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form of care:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralCode</name>
    <message>
        <source>Enter the referral code, for example 71.7101.CAR.1F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral code. A code looks like 71.7101.CAR.1F: region, hospital, bed profile and number, separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDetailDialog</name>
    <message>
        <source>Document not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document package is complete for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the referral ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Register a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient and diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitals in re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hospital chosen by the patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form of care:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of the &amp;referring organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring &amp;organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emergency admission without a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hospital of this region admits to this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered patient has this IIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTMC &amp;quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for HTMC funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the HTMC profile of the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient first: the quota is their region&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas of %1 for %2: the patient&apos;s region, the year of registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the patient&apos;s IIN or name and choose the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered patient has this IIN: register the patient first (Records → New patient…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the diagnosis: an ICD-10 code or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bed profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the hospital the patient is referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the HTMC profile of the quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis in &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the referral words it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a &amp;second referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a second place in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not yet in the ICD-10 dictionary: give the diagnosis in words, it is kept for the next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDocumentModel</name>
    <message>
        <source>(if needed)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the planned day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralHistoryModel</name>
    <message>
        <source>moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted without the full document package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason and details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralLifecycle</name>
    <message>
        <source>The referral is closed (%1): nothing more can happen to it. Register a new referral if the patient still needs hospitalization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the admission date first: only a referral with a confirmed date can be marked as hospitalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a hospitalized patient can be discharged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a patient with a confirmed date can be marked as not having come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral cannot go back to the waiting list; give it a new date instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is in hospital: the only next step is discharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient did not come: give a new date or cancel the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Choose the patient the referral is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the region of the referring organization: its KATO code starts the referral code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bed profile from the list (&quot;%1&quot; is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active hospital with the code &quot;%1&quot;. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not admit planned patients to the profile &quot;%2&quot;. Choose a hospital offered for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form of care is round_the_clock or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose is one of: surgical, conservative, diagnostics, rehabilitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funding is one of: gobmp, osms, htmc, paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The territory is city or village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority is a whole number from 0 (usual) to %1 (most urgent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the patient arrived: ambulance, self or transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral has the code %1. Check the code on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the confirmed admission date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission date %1 has passed. Give today&apos;s date or a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient cannot be admitted on a future day (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document package is not complete: %1. The hospital may refuse the patient. To record the admission anyway, give the reason for the exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discharge date cannot be before the admission on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient cannot be discharged on a future day (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason the hospital gave for refusing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list of refusal reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the reason for the refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for cancelling: who asked and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the hospital the patient moves to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is already in the queue of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not admit planned patients to this bed profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the document checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document cannot be issued in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral funded by an HTMC quota needs the HTMC profile of the quota. Choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the HTMC profile of the quota from the list (&quot;%1&quot; is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s region is not recorded, so it is not known which region&apos;s HTMC quota to use. Choose the region in the patient&apos;s record, then register the referral again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTMC profile is given only for referrals funded by an HTMC quota. Choose HTMC funding, or leave the HTMC profile empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refusal reason &quot;%1&quot; has been retired from the list. Choose a reason in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis text has %1 characters; at most %2 fit. Shorten it to the diagnosis itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not yet in the ICD-10 dictionary. Type the diagnosis as the referral words it: the referral is registered with it, and the code is kept for the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emergency admission cannot be recorded for a future day (%1). Give the day the patient was admitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission day %1 is more than a year ago. Check the year: an emergency admission is recorded when it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission day %1 is %2 days ago. If the patient was really admitted then, confirm the day; otherwise correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already waits for a bed of the profile &quot;%2&quot;: referral %3 to %4, registered on %5. One patient holds one place per profile. To move the patient to another hospital, transfer referral %3 there (the registration time is kept). To register a second referral anyway, give the reason for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has given out every referral number of its part for this queue. Ask the bureau to enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralStatuses</name>
    <message>
        <source>In the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another hospital</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis (ICD-10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by referral code, IIN or patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list of referrals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalsPrintout</name>
    <message>
        <source>Give both days of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts on %1, after it ends on %2. Swap the days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hospital with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionalContact</name>
    <message>
        <source>The area code is 3 to 5 digits, for example 7172.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces and dashes, for example 557-290.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local number has 5 to 8 digits; check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionalContactModel</name>
    <message>
        <source>number not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bureau&apos;s portal gives no number for this bureau. Enter it when you learn it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionalContactService</name>
    <message>
        <source>Choose the region this bureau serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact was removed on another workstation. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionalContactsPage</name>
    <message>
        <source>Contact not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the contact of %1 (%2 %3)? It stays in the database&apos;s history but is no longer shown or printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by region or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the regional bureaus&apos; telephones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>A shared PostgreSQL database is restored on its server by the administrator, with pg_restore (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer Joldama (schema version %2; this program knows up to %3). Install the newer Joldama to restore it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being restored. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety copy of the current database failed its check (%1), so the restore was stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senior clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found for «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPrivileges</name>
    <message>
        <source>The database %1 needs an upgrade to this version of Joldama, which only the owner of its schema may make: the server&apos;s role %2 that this workstation signs in as may not change it. Nothing was changed. Ask the administrator to upgrade it as the owner (joldama-cli --db postgresql://OWNER@SERVER/DATABASE init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are given on a PostgreSQL server; a database file belongs to whoever may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the schema may give a role the use of the database: the role %1 is not. Connect as the owner (--db postgresql://OWNER@SERVER/DATABASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no role %1. Create it first (createuser --pwprompt %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the role this connection signed in as, the schema&apos;s owner. Give the workstations a role of their own (createuser --pwprompt joldama).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a superuser of the server, whom no privilege binds: the audit log would not be protected from it. Give the workstations a role without SUPERUSER.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <source>Locked. Enter your password to see this window again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Joldama — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joldama — the window is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database keeps user accounts. Sign in with your login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was locked: what it showed is hidden until %1 enters the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else may sign in with their own login instead: the window of %1 is then closed and anything unsaved in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Confirm the &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admitted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ischarged…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fused by the hospital…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did &amp;not come…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to another hospital…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document package is not complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital may refuse the patient. To record the admission anyway, say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: the tests were repeated in the admission ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted anyway because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given by the hospital:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the hospital said, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: the patient was treated in a paid clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient did not come on %1. The referral can then be given a new date or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital the patient chose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient&apos;s free choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3 waiting · about %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to register, transfer, print, look up a code and keep quotas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the windows after this time without input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone signs in with their own account; the role decides what they may do, and the audit log records who saw and changed what. Accounts are disabled, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no user accounts: anyone at this computer sees and changes everything, and nothing is recorded about who did it. Add the administrator&apos;s account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked after %1 wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting after %1 wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account %1? The person can no longer sign in; the account and what the audit log says about it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingListModel</name>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingListPage</name>
    <message>
        <source>Choose a hospital and a bed profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in the waiting list</source>
        <translation>
            <numerusform>%n in the waiting list</numerusform>
            <numerusform>%n in the waiting list</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. Planned admissions: %n a day, on working days.</source>
        <translation>
            <numerusform>%1. Planned admissions: %n a day, on working days.</numerusform>
            <numerusform>%1. Planned admissions: %n a day, on working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned admissions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the beds: a tenth of the profile&apos;s beds a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest admission after registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public list: codes and dates only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal list: with names and IIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a hospital and a bed profile: their waiting list is what gets printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingListService</name>
    <message>
        <source>The capacity is at least one planned admission a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead time is 0 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral has the code %1. Check it against the ticket; if it is right, the referral may be registered in another region&apos;s database — ask that region&apos;s bureau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkstationsDialog</name>
    <message>
        <source>Issue the file &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make its &amp;answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol a workstation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workstation&apos;s code is never given again, even after it is retired. Its referral codes are numbered in a part of their own (for workstation 1, 71.7101.CAR.100001 and on), so codes stay unique while it works offline. &quot;Waiting&quot; counts the records its next answer brings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is the bureau &quot;%1&quot;. Workstations send their work here; each gets the bureau&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has enrolled no workstation yet. The first enrolment makes it the bureau the workstations exchange with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, file issued %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled as %2. Take %3 to the workstation and join with it there (File → Exchange → Join a bureau…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the enrolment file of %1 again for its reinstalled computer? The old file&apos;s key stops working, and its referral codes continue above the highest the bureau has seen from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange packages (*.jpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1 holds %2 change(s), the standing of %3 referral(s) and %4 conflict(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1? Its packages will no longer be taken, and its code is never given again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange packages (*.jpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteLockWait</name>
    <message>
        <source>Waiting for another workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another workstation is saving to the database. Your changes are kept and will be saved as soon as it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
