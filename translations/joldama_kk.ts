<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AbroadApplicationDialog</name>
    <message>
        <source>New application for treatment abroad</source>
        <translation>Шетелде емделуге жаңа өтінім</translation>
    </message>
    <message>
        <source>IIN, 12 digits</source>
        <translation>ЖСН, 12 цифр</translation>
    </message>
    <message>
        <source>ICD-10 code or name</source>
        <translation>АХЖ-10 коды немесе атауы</translation>
    </message>
    <message>
        <source>One document a line, e.g. &quot;Extract from the medical record&quot;. Each is recorded as received today.</source>
        <translation>Әр жолға бір құжат, мысалы, «Медициналық картадан үзінді көшірме». Әр құжат бүгін қабылданған болып тіркеледі.</translation>
    </message>
    <message>
        <source>&amp;Submit to the commission now (needs at least one document)</source>
        <translation>Комиссияға &amp;бірден жіберу (кемінде бір құжат қажет)</translation>
    </message>
    <message>
        <source>The lists of diseases and categories include entries from the starter list shipped with Joldama, not yet checked against the Ministry of Health&apos;s current order. Check them with Eligible lists… on the Treatment abroad page.</source>
        <translation>Аурулар мен азаматтар санаттарының тізбелерінде Joldama-мен бірге берілетін бастапқы тізімнен алынған, Денсаулық сақтау министрлігінің қолданыстағы бұйрығымен әлі салыстырылмаған жазбалар бар. Оларды «Шетелде емдеу» бетіндегі «Аурулар мен санаттар тізбелері…» батырмасы арқылы тексеріңіз.</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Пациент:</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>&amp;Диагноз:</translation>
    </message>
    <message>
        <source>Disease from the &amp;list:</source>
        <translation>Тізбедегі &amp;ауру:</translation>
    </message>
    <message>
        <source>ICD-10: %1. %2</source>
        <translation>АХЖ-10: %1. %2</translation>
    </message>
    <message>
        <source>&amp;Category of citizens:</source>
        <translation>Азаматтар &amp;санаты:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Е&amp;л:</translation>
    </message>
    <message>
        <source>Cli&amp;nic:</source>
        <translation>&amp;Клиника:</translation>
    </message>
    <message>
        <source>Documents &amp;handed in:</source>
        <translation>Тапсырылған &amp;құжаттар:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>No registered patient has this IIN. Register the patient first.</source>
        <translation>Мұндай ЖСН-і бар пациент тіркелмеген. Алдымен пациентті тіркеңіз.</translation>
    </message>
</context>
<context>
    <name>AbroadApplicationModel</name>
    <message>
        <source>Approved</source>
        <translation>Мақұлданды</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>%1 on %2, protocol %3</source>
        <translation>%1 (%2, № %3 хаттама)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген</translation>
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
        <source>Diagnosis</source>
        <translation>Диагноз</translation>
    </message>
    <message>
        <source>Disease from the list</source>
        <translation>Тізбедегі ауру</translation>
    </message>
    <message>
        <source>Category of citizens</source>
        <translation>Азаматтар санаты</translation>
    </message>
    <message>
        <source>Country and clinic</source>
        <translation>Ел және клиника</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Commission&apos;s decision</source>
        <translation>Комиссия шешімі</translation>
    </message>
</context>
<context>
    <name>AbroadApplicationPrintout</name>
    <message>
        <source>There is no application for treatment abroad with the number %1. Check the number in the list of applications.</source>
        <translation>Нөмірі %1 болатын шетелде емделуге өтінім жоқ. Нөмірді өтінімдер тізімінен тексеріңіз.</translation>
    </message>
    <message>
        <source>Application for treatment abroad at the expense of the budget</source>
        <translation>Бюджет қаражаты есебінен шетелде емделуге өтінім</translation>
    </message>
    <message>
        <source>Application No.</source>
        <translation>Өтінім №</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Diagnosis and grounds</source>
        <translation>Диагноз және негіздеме</translation>
    </message>
    <message>
        <source>Diagnosis (ICD-10)</source>
        <translation>Диагноз (АХЖ-10)</translation>
    </message>
    <message>
        <source>Disease from the list</source>
        <translation>Тізбедегі ауру</translation>
    </message>
    <message>
        <source>Category of citizens</source>
        <translation>Азаматтар санаты</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Documents handed in</source>
        <translation>Тапсырылған құжаттар</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>No documents are recorded.</source>
        <translation>Құжаттар тіркелмеген.</translation>
    </message>
    <message>
        <source>Decision of the commission</source>
        <translation>Комиссия шешімі</translation>
    </message>
    <message>
        <source>The commission has not decided on this application yet.</source>
        <translation>Комиссия бұл өтінім бойынша әлі шешім қабылдаған жоқ.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Approved: the patient is sent for treatment abroad</source>
        <translation>Мақұлданды: пациент шетелге емделуге жіберіледі</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <source>Protocol No.</source>
        <translation>Хаттама нөмірі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
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
        <source>Step</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>The disease or the category was taken from the starter list shipped with Joldama, which has not been checked against the Ministry of Health&apos;s current order yet.</source>
        <translation>Ауру немесе азаматтар санаты Joldama-мен бірге берілетін бастапқы тізімнен алынған, ол Денсаулық сақтау министрлігінің қолданыстағы бұйрығымен әлі салыстырылмаған.</translation>
    </message>
    <message>
        <source>Clerk of the Bureau</source>
        <translation>Бюро маманы</translation>
    </message>
    <message>
        <source>Patient or their legal representative</source>
        <translation>Пациент немесе оның заңды өкілі</translation>
    </message>
    <message>
        <source>Printed by %1 (Joldama %2).</source>
        <translation>Басып шығарған пайдаланушы: %1 (Joldama %2).</translation>
    </message>
    <message>
        <source>Application for treatment abroad No. %1</source>
        <translation>Шетелде емделуге арналған № %1 өтінім</translation>
    </message>
</context>
<context>
    <name>AbroadDecisionDialog</name>
    <message>
        <source>Decision of the commission on application No. %1</source>
        <translation>№ %1 өтінім бойынша комиссия шешімі</translation>
    </message>
    <message>
        <source>&amp;Approved</source>
        <translation>&amp;Мақұлданды</translation>
    </message>
    <message>
        <source>R&amp;ejected</source>
        <translation>&amp;Бас тартылды</translation>
    </message>
    <message>
        <source>As written on the protocol, e.g. 45-П</source>
        <translation>Хаттамадағыдай, мысалы, 45-П</translation>
    </message>
    <message>
        <source>Required when the application is rejected</source>
        <translation>Өтінімнен бас тартылса, міндетті</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <source>&amp;Date of the decision:</source>
        <translation>&amp;Шешім күні:</translation>
    </message>
    <message>
        <source>&amp;Protocol No.:</source>
        <translation>&amp;Хаттама нөмірі:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>C&amp;ountry of treatment:</source>
        <translation>Емделетін &amp;ел:</translation>
    </message>
    <message>
        <source>Cli&amp;nic:</source>
        <translation>К&amp;линика:</translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation>Шешімді &amp;жазу</translation>
    </message>
</context>
<context>
    <name>AbroadLifecycle</name>
    <message>
        <source>The application is closed (%1): nothing more can happen to it. File a new application if the patient still needs treatment abroad.</source>
        <translation>Өтінім жабылған (%1): оны енді өзгертуге болмайды. Пациентке әлі де шетелде емделу қажет болса, жаңа өтінім ресімдеңіз.</translation>
    </message>
    <message>
        <source>Submit the application to the commission first: the commission decides only on submitted applications.</source>
        <translation>Алдымен өтінімді комиссияға жіберіңіз: комиссия тек өзіне жіберілген өтінімдер бойынша шешім қабылдайды.</translation>
    </message>
    <message>
        <source>The commission has already decided on this application.</source>
        <translation>Комиссия бұл өтінім бойынша шешім қабылдап қойған.</translation>
    </message>
    <message>
        <source>Only an application approved by the commission can be marked as treated.</source>
        <translation>Шетелде емделді деп тек комиссия мақұлдаған өтінімді ғана белгілеуге болады.</translation>
    </message>
    <message>
        <source>An application cannot go back to a draft.</source>
        <translation>Өтінімді жоба күйіне қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>An application cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Өтінімді «%1» мәртебесінен «%2» мәртебесіне ауыстыруға болмайды.</translation>
    </message>
</context>
<context>
    <name>AbroadPage</name>
    <message>
        <source>Application not changed</source>
        <translation>Өтінім өзгертілмеді</translation>
    </message>
    <message>
        <source>Application No. %1 registered.</source>
        <translation>№ %1 өтінім тіркелді.</translation>
    </message>
    <message>
        <source>Application No. %1 submitted to the commission.</source>
        <translation>№ %1 өтінім комиссияға жіберілді.</translation>
    </message>
    <message>
        <source>The commission&apos;s decision on application No. %1 is recorded: %2.</source>
        <translation>№ %1 өтінім бойынша комиссия шешімі жазылды: %2.</translation>
    </message>
    <message>
        <source>Withdraw the application</source>
        <translation>Өтінімді қайтарып алу</translation>
    </message>
    <message>
        <source>Why is application No. %1 withdrawn? Say who asked and why.</source>
        <translation>№ %1 өтінім неге қайтарып алынады? Кімнің өтініші бойынша және неге екенін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Treated abroad</source>
        <translation>Шетелде емделді</translation>
    </message>
    <message>
        <source>The patient of application No. %1 has been treated abroad. Add a note if there is one (for example the dates of treatment).</source>
        <translation>№ %1 өтінім бойынша пациент шетелде емделді. Қажет болса, ескертпе қосыңыз (мысалы, емделу мерзімдері).</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Құжат қосу</translation>
    </message>
    <message>
        <source>Name of the document the patient handed in for application No. %1 (recorded as received today):</source>
        <translation>Пациент № %1 өтінім бойынша тапсырған құжаттың атауы (бүгін қабылданған болып тіркеледі):</translation>
    </message>
    <message>
        <source>Document added to application No. %1.</source>
        <translation>№ %1 өтінімге құжат қосылды.</translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation>Барлық мәртебелер (%1)</translation>
    </message>
    <message>
        <source>Applications shown: %1. By status: %2.</source>
        <translation>Көрсетілген өтінімдер: %1. Мәртебелер бойынша: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>The lists of eligible diseases and categories are still partly the starter list shipped with Joldama, not the Ministry of Health&apos;s official list: %1 entries are not checked yet. Open Eligible lists… to check them.</source>
        <translation>Аурулар мен азаматтар санаттарының тізбелері әлі де ішінара Денсаулық сақтау министрлігінің ресми тізбесінен емес, Joldama-мен бірге берілетін бастапқы тізімнен тұрады: тексерілмеген жазбалар саны — %1. Оларды тексеру үшін «Аурулар мен санаттар тізбелері…» батырмасын ашыңыз.</translation>
    </message>
    <message>
        <source>Treatment abroad</source>
        <translation>Шетелде емдеу</translation>
    </message>
    <message>
        <source>Filter by patient, IIN, diagnosis or country</source>
        <translation>Пациент, ЖСН, диагноз немесе ел бойынша іріктеу</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Жаңа өтінім…</translation>
    </message>
    <message>
        <source>&amp;Submit to the commission</source>
        <translation>&amp;Комиссияға жіберу</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Шешім енгізу…</translation>
    </message>
    <message>
        <source>Record the commission&apos;s decision: approved or rejected, its date and protocol number.</source>
        <translation>Комиссия шешімін (мақұлданды немесе бас тартылды), шешім күнін және хаттама нөмірін жазу.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Тағы</translation>
    </message>
    <message>
        <source>Add a &amp;document…</source>
        <translation>&amp;Құжат қосу…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Қайтарып &amp;алу…</translation>
    </message>
    <message>
        <source>Mark as &amp;treated…</source>
        <translation>&amp;Шетелде емделді…</translation>
    </message>
    <message>
        <source>Eligible &amp;lists…</source>
        <translation>&amp;Аурулар мен санаттар тізбелері…</translation>
    </message>
    <message>
        <source>The diseases and the categories of citizens for which patients are sent for treatment abroad.</source>
        <translation>Пациенттер шетелге емделуге жіберілетін аурулар мен азаматтар санаттары.</translation>
    </message>
    <message>
        <source>Print the application for treatment abroad No. %1</source>
        <translation>Шетелде емделуге арналған № %1 өтінімді басып шығару</translation>
    </message>
    <message>
        <source>Choose an application in the list: it is what gets printed.</source>
        <translation>Тізімнен өтінімді таңдаңыз: дәл сол өтінім басып шығарылады.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
</context>
<context>
    <name>AbroadService</name>
    <message>
        <source>Choose the disease from the list of diseases for which citizens are sent for treatment abroad.</source>
        <translation>Ауруды азаматтар шетелге емделуге жіберілетін аурулар тізбесінен таңдаңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list of diseases for which citizens are sent for treatment abroad, so the application cannot be accepted. Choose a disease from the list; if the Ministry of Health&apos;s order includes it, add it to the list first.</source>
        <translation>«%1» азаматтар шетелге емделуге жіберілетін аурулар тізбесінде жоқ, сондықтан өтінімді қабылдауға болмайды. Ауруды тізбеден таңдаңыз; егер ол Денсаулық сақтау министрлігінің бұйрығында болса, алдымен оны тізбеге қосыңыз.</translation>
    </message>
    <message>
        <source>%1 has been taken off the list of diseases for which citizens are sent for treatment abroad, so the application cannot be accepted. Check the Ministry of Health&apos;s current order.</source>
        <translation>«%1» ауруы азаматтар шетелге емделуге жіберілетін аурулар тізбесінен шығарылған, сондықтан өтінімді қабылдауға болмайды. Денсаулық сақтау министрлігінің қолданыстағы бұйрығын тексеріңіз.</translation>
    </message>
    <message>
        <source>Choose the patient&apos;s category from the list of categories of citizens sent for treatment abroad.</source>
        <translation>Пациенттің санатын шетелге емделуге жіберілетін азаматтар санаттарының тізбесінен таңдаңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list of categories of citizens sent for treatment abroad, so the application cannot be accepted. Choose a category from the list; if the Ministry of Health&apos;s order includes it, add it to the list first.</source>
        <translation>«%1» шетелге емделуге жіберілетін азаматтар санаттарының тізбесінде жоқ, сондықтан өтінімді қабылдауға болмайды. Санатты тізбеден таңдаңыз; егер ол Денсаулық сақтау министрлігінің бұйрығында болса, алдымен оны тізбеге қосыңыз.</translation>
    </message>
    <message>
        <source>%1 has been taken off the list of categories of citizens sent for treatment abroad, so the application cannot be accepted. Check the Ministry of Health&apos;s current order.</source>
        <translation>«%1» санаты шетелге емделуге жіберілетін азаматтар санаттарының тізбесінен шығарылған, сондықтан өтінімді қабылдауға болмайды. Денсаулық сақтау министрлігінің қолданыстағы бұйрығын тексеріңіз.</translation>
    </message>
    <message>
        <source>Give the name of the document, for example &quot;Extract from the medical record&quot;.</source>
        <translation>Құжаттың атауын көрсетіңіз, мысалы, «Медициналық картадан үзінді көшірме».</translation>
    </message>
    <message>
        <source>A document cannot be received in the future (%1).</source>
        <translation>Құжаттың қабылданған күні болашақ күн бола алмайды (%1).</translation>
    </message>
    <message>
        <source>Choose the patient the application is for.</source>
        <translation>Өтінім ресімделетін пациентті таңдаңыз.</translation>
    </message>
    <message>
        <source>Record the documents the patient handed in before submitting the application to the commission.</source>
        <translation>Өтінімді комиссияға жібермес бұрын пациент тапсырған құжаттарды тіркеңіз.</translation>
    </message>
    <message>
        <source>There is no application for treatment abroad with the number %1. Check the number in the list of applications.</source>
        <translation>Нөмірі %1 болатын шетелде емделуге өтінім жоқ. Нөмірді өтінімдер тізімінен тексеріңіз.</translation>
    </message>
    <message>
        <source>Approval and rejection are the commission&apos;s decision: record it with the decision date and the protocol number.</source>
        <translation>Өтінімді мақұлдау немесе одан бас тарту — комиссияның шешімі: оны шешім күнімен және хаттама нөмірімен жазыңыз.</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the application: who asked and why.</source>
        <translation>Өтінімді қайтарып алу себебін көрсетіңіз: кімнің өтініші бойынша және неге.</translation>
    </message>
    <message>
        <source>Say whether the commission approved or rejected the application.</source>
        <translation>Комиссия өтінімді мақұлдады ма, әлде бас тартты ма, соны көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the date of the commission&apos;s decision.</source>
        <translation>Комиссия шешімінің күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The decision date %1 is in the future. Give the date on the commission&apos;s protocol.</source>
        <translation>Шешім күні (%1) әлі келген жоқ. Комиссия хаттамасындағы күнді көрсетіңіз.</translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was registered (%1).</source>
        <translation>Шешім күні өтінім тіркелген күннен (%1) бұрын болмауы керек.</translation>
    </message>
    <message>
        <source>Give the number of the commission&apos;s protocol.</source>
        <translation>Комиссия хаттамасының нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the reason the commission rejected the application.</source>
        <translation>Комиссияның өтінімнен бас тарту себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the country where the patient will be treated.</source>
        <translation>Пациент емделетін елді көрсетіңіз.</translation>
    </message>
    <message>
        <source>The application is closed (%1): documents can no longer be added to it.</source>
        <translation>Өтінім жабылған (%1): оған енді құжат қосуға болмайды.</translation>
    </message>
    <message>
        <source>The code of a list entry is 2 to 40 small Latin letters, digits or underscores, for example organ_transplant.</source>
        <translation>Тізбе жазбасының коды 2-ден 40-қа дейін кіші латын әріптерінен, цифрлардан немесе астын сызу белгілерінен тұрады, мысалы, organ_transplant.</translation>
    </message>
    <message>
        <source>Give the name in Kazakh.</source>
        <translation>Қазақ тіліндегі атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the name in Russian.</source>
        <translation>Орыс тіліндегі атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the name in English.</source>
        <translation>Ағылшын тіліндегі атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>from %1 to %2 years</source>
        <translation>%1 жастан %2 жасқа дейін</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>%1 жасқа дейін</translation>
    </message>
    <message>
        <source>from %1 years</source>
        <translation>%1 жастан бастап</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n year(s) old, and the category &quot;%2&quot; covers ages %3. Choose the category the patient belongs to.</source>
        <translation>
            <numerusform>%1 — %n жаста, ал «%2» санаты %3 жасты қамтиды. Пациент жататын санатты таңдаңыз.</numerusform>
            <numerusform>%1 — %n жаста, ал «%2» санаты %3 жасты қамтиды. Пациент жататын санатты таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis text has %1 characters; at most %2 fit. Shorten it to the diagnosis itself.</source>
        <translation>Диагноз мәтінінде %1 таңба бар; ең көбі %2 таңба сияды. Тек диагноздың өзін қалдырыңыз.</translation>
    </message>
    <message>
        <source>%1 is not yet in the ICD-10 dictionary. Type the diagnosis as the documents word it: the application is accepted with it, and the code is kept for the next time.</source>
        <translation>%1 коды АХЖ-10 анықтамалығында әлі жоқ. Диагнозды құжаттарда жазылғандай енгізіңіз: өтінім сонымен қабылданады, ал код келесі жолы үшін сақталады.</translation>
    </message>
    <message>
        <source>An age of %1 years is out of range: give 0 to 150, or no bound.</source>
        <translation>%1 жас рұқсат етілген шектен тыс: 0-ден 150-ге дейін көрсетіңіз немесе шексіз қалдырыңыз.</translation>
    </message>
    <message>
        <source>The ages run from %1 to %2: the first must not be above the second.</source>
        <translation>Жас %1-ден %2-ге дейін көрсетілген: бірінші сан екіншіден үлкен болмауы керек.</translation>
    </message>
</context>
<context>
    <name>AbroadStatuses</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Submitted to the commission</source>
        <translation>Комиссияға жіберілді</translation>
    </message>
    <message>
        <source>Approved by the commission</source>
        <translation>Комиссия мақұлдады</translation>
    </message>
    <message>
        <source>Rejected by the commission</source>
        <translation>Комиссия бас тартты</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Қайтарып алынды</translation>
    </message>
    <message>
        <source>Treated abroad</source>
        <translation>Шетелде емделді</translation>
    </message>
</context>
<context>
    <name>AccessMenus</name>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пайдаланушылар…</translation>
    </message>
    <message>
        <source>User accounts, their roles and passwords</source>
        <translation>Пайдаланушылардың есептік жазбалары, рөлдері мен құпиясөздері</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Аудит журналы…</translation>
    </message>
    <message>
        <source>Who saw and changed what, and the check of the log</source>
        <translation>Кім нені қарап, нені өзгерткені және журналды тексеру</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>Терезені &amp;құлыптау</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Кірген: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>The administrator&apos;s account</source>
        <translation>Әкімшінің есептік жазбасы</translation>
    </message>
    <message>
        <source>New user account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <source>for example aigerim.s</source>
        <translation>мысалы, aigerim.s</translation>
    </message>
    <message>
        <source>This database has no user accounts yet: anyone at this computer sees and changes everything. The first account is the administrator&apos;s; from then on everyone signs in, and every view and change is recorded in the audit log. You are signed in as the administrator at once.</source>
        <translation>Бұл дерекқорда әзірге есептік жазба жоқ: осы компьютердің алдына отырған кез келген адам бәрін көріп, өзгерте алады. Алғашқы есептік жазба — әкімшінікі; осыдан кейін әркім өз логинімен кіреді, әр қарау мен әр өзгеріс аудит журналына жазылады. Сіз бірден әкімші ретінде кіресіз.</translation>
    </message>
    <message>
        <source>A password of at least %1 characters: a few words that belong together are easier to remember than a short jumble. Tell it to the person in private; they can change it later.</source>
        <translation>Кемінде %1 таңбадан тұратын құпиясөз: мағынасы байланысты бірнеше сөзді есте сақтау қысқа таңбалар тізбегінен оңай. Оны қызметкерге оңаша айтыңыз; кейін ол оны өзі ауыстыра алады.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Тегі, аты, әкесінің аты:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Құпиясөзді &amp;қайталаңыз:</translation>
    </message>
    <message>
        <source>&amp;Add the account</source>
        <translation>Есептік жазбаны &amp;қосу</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <source>&quot;%1&quot; cannot be a login. Use 2 to 32 Latin letters, digits, dots, hyphens or underscores, beginning with a letter, for example aigerim.s.</source>
        <translation>«%1» логин бола алмайды. Әріптен басталатын 2–32 латын әрпін, цифрды, нүктені, сызықшаны немесе астыңғы сызықты пайдаланыңыз, мысалы, aigerim.s.</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters. A few words that belong together are easier to remember than a short jumble.</source>
        <translation>Құпиясөз тым қысқа: кемінде %1 таңба болуы керек. Мағынасы байланысты бірнеше сөзді есте сақтау қысқа таңбалар тізбегінен оңай.</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Құпиясөз тым ұзын: ең көбі %1 таңба болуы керек.</translation>
    </message>
    <message>
        <source>The password must not contain the login. Choose another one.</source>
        <translation>Құпиясөзде логин болмауы керек. Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The password must not be one character repeated. Choose another one.</source>
        <translation>Құпиясөз бір таңбаның қайталануынан тұрмауы керек. Басқасын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>This database keeps a sealed audit log, and this computer does not have its key (looked for %1). Ask the administrator for a copy of the key file and put it there, or name it with the environment variable JOLDAMA_AUDIT_KEY_FILE.</source>
        <translation>Бұл дерекқор қорғалған аудит журналын жүргізеді, ал бұл компьютерде оның кілті жоқ (ізделген орны: %1). Әкімшіден кілт файлының көшірмесін сұрап, оны сол жерге салыңыз немесе JOLDAMA_AUDIT_KEY_FILE орта айнымалысында көрсетіңіз.</translation>
    </message>
    <message>
        <source>The audit key in %1 (%2) is not this database&apos;s (%3). Put this database&apos;s key file there, or name it with JOLDAMA_AUDIT_KEY_FILE.</source>
        <translation>%1 ішіндегі аудит кілті (%2) бұл дерекқордікі емес (оның кілті — %3). Сол жерге осы дерекқордың кілт файлын салыңыз немесе оны JOLDAMA_AUDIT_KEY_FILE арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>The window locks after 1 to 240 minutes without input; %1 is outside that.</source>
        <translation>Терезе әрекетсіз 1–240 минуттан кейін құлыпталады; %1 бұл шектен тыс.</translation>
    </message>
    <message>
        <source>There is no account %1. joldama-cli users list shows the accounts.</source>
        <translation>%1 есептік жазбасы жоқ. Есептік жазбалар тізімін joldama-cli users list көрсетеді.</translation>
    </message>
    <message>
        <source>The first account must be an administrator&apos;s (--role admin): the administrator then adds the clerks&apos; accounts.</source>
        <translation>Алғашқы есептік жазба әкімшінікі болуы керек (--role admin): содан кейін әкімші тіркеушілердің есептік жазбаларын қосады.</translation>
    </message>
    <message>
        <source>Another workstation created the first account meanwhile. Open the database again and sign in.</source>
        <translation>Осы уақытта алғашқы есептік жазбаны басқа жұмыс орны жасап қойды. Дерекқорды қайта ашып, кіріңіз.</translation>
    </message>
    <message>
        <source>There is already an account %1. Choose another login.</source>
        <translation>%1 есептік жазбасы бұрыннан бар. Басқа логин таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator: add another administrator first, or nobody could manage the accounts any more.</source>
        <translation>%1 — жалғыз белсенді әкімші: алдымен басқа әкімшіні қосыңыз, әйтпесе есептік жазбаларды басқаратын ешкім қалмайды.</translation>
    </message>
    <message>
        <source>You cannot change your own role. Ask another administrator.</source>
        <translation>Өз рөліңізді өзгерте алмайсыз. Басқа әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>Өз есептік жазбаңызды өшіре алмайсыз. Басқа әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Құпиясөзді ауыстыру үшін алдымен кіріңіз.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation>Жаңа құпиясөз қазіргісімен бірдей. Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Wrong login or password. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Логин немесе құпиясөз қате. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Only the administrator can unlock it (Bureau → Users…, or joldama-cli users unlock %1).</source>
        <translation>Оны тек әкімші құлыптан шығара алады (Бюро → Пайдаланушылар… немесе joldama-cli users unlock %1).</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 wrong passwords in a row.</source>
        <translation>%1 есептік жазбасы қатарынан %2 рет қате құпиясөз енгізілгеннен кейін құлыпталды.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for %1: try again after %2.</source>
        <translation>%1 үшін қате құпиясөз тым көп енгізілді. Келесі әрекеттің уақыты: %2.</translation>
    </message>
    <message>
        <source>The account %1 is now locked after %2 wrong passwords in a row.</source>
        <translation>Қатарынан %2 рет қате құпиясөз енгізілгендіктен, %1 есептік жазбасы енді құлыпталды.</translation>
    </message>
    <message>
        <source>After %1 wrong passwords in a row the next try waits until %2.</source>
        <translation>Қатарынан %1 рет қате құпиясөз енгізілді, сондықтан келесі әрекеттің уақыты: %2.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the administrator.</source>
        <translation>%1 есептік жазбасы өшірілген. Әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>This database has no user accounts yet: it works without signing in. The first account is made with joldama-cli users add LOGIN --role admin.</source>
        <translation>Бұл дерекқорда әзірге есептік жазба жоқ: ол кірусіз жұмыс істейді. Алғашқы есептік жазба joldama-cli users add ЛОГИН --role admin командасымен жасалады.</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in instead.</source>
        <translation>Ешкім кірмеген: жүйеге кіріңіз.</translation>
    </message>
</context>
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
        <source>Open another database?</source>
        <translation>Басқа дерекқорды ашу керек пе?</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>audit log started</source>
        <translation>аудит журналы басталды</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>кірді</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>кіру сәтсіз</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>шықты</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>есептік жазба құлыпталды</translation>
    </message>
    <message>
        <source>window locked</source>
        <translation>терезе құлыпталды</translation>
    </message>
    <message>
        <source>window unlocked</source>
        <translation>терезе құлыптан шықты</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>қаралды</translation>
    </message>
    <message>
        <source>searched</source>
        <translation>іздеу</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>басып шығарылды</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>экспортталды</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>account added</source>
        <translation>есептік жазба қосылды</translation>
    </message>
    <message>
        <source>role changed</source>
        <translation>рөл өзгертілді</translation>
    </message>
    <message>
        <source>account renamed</source>
        <translation>аты-жөні өзгертілді</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>есептік жазба өшірілді</translation>
    </message>
    <message>
        <source>account enabled</source>
        <translation>есептік жазба қайта іске қосылды</translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation>есептік жазба құлыптан шығарылды</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>құпиясөз жаңартылды</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>құпиясөз ауыстырылды</translation>
    </message>
    <message>
        <source>checkpoint written</source>
        <translation>бақылау нүктесі жазылды</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>сақтық көшірме</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>This is not an audit checkpoint written by joldama-cli audit anchor. Give the file the anchor was written to.</source>
        <translation>Бұл joldama-cli audit anchor командасы жазған аудит журналының бақылау нүктесі емес. Бақылау нүктесі жазылған файлды көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation>Криптографиялық кітапхананы (libsodium) іске қосу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>AuditKeyFile</name>
    <message>
        <source>The audit key file %1 cannot be read (%2). Ask the administrator to give you read access to it.</source>
        <translation>%1 аудит кілті файлын оқу мүмкін емес (%2). Әкімшіден оны оқуға рұқсат беруін сұраңыз.</translation>
    </message>
    <message>
        <source>%1 is not a Joldama audit key file. Restore the key file from its copy; without it nobody can sign in to this database.</source>
        <translation>%1 — Joldama аудит кілтінің файлы емес. Кілт файлын көшірмесінен қалпына келтіріңіз: онсыз бұл дерекқорға ешкім кіре алмайды.</translation>
    </message>
    <message>
        <source>An audit key file %1 already exists. Move it away only if it belongs to no database in use.</source>
        <translation>%1 аудит кілті файлы бұрыннан бар. Оны қолданыстағы ешбір дерекқорға қатысы жоқ болса ғана алып тастаңыз.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the audit key.</source>
        <translation>Аудит кілтіне арналған %1 қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot create the audit key file %1. Check that you may write to its folder.</source>
        <translation>%1 аудит кілті файлын жасау мүмкін емес. Оның қалтасына жазуға құқығыңыз бар-жоғын тексеріңіз.</translation>
    </message>
    <message>
        <source>Cannot write the audit key file %1. Check the disk and try again.</source>
        <translation>%1 аудит кілті файлын жазу мүмкін емес. Дискіні тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Соңы:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>any account</source>
        <translation>кез келген есептік жазба</translation>
    </message>
    <message>
        <source>IIN, 12 digits</source>
        <translation>ЖСН, 12 цифр</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>кез келген әрекет</translation>
    </message>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation>Нені өзгерткенін көру үшін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Пациент:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Есептік жазба:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>&amp;Check the log</source>
        <translation>Журналды &amp;тексеру</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Есептік жазба: %1</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Пациент: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Әрекет: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Басы: %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Соңы: %1</translation>
    </message>
    <message>
        <source>Print the audit log</source>
        <translation>Аудит журналын басып шығару</translation>
    </message>
    <message>
        <source>(refused)</source>
        <translation>(рұқсат етілмеді)</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(қате)</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>This database keeps no audit log yet: it begins with the first user account (joldama-cli users add LOGIN --role admin).</source>
        <translation>Бұл дерекқор әзірге аудит журналын жүргізбейді: ол алғашқы есептік жазбамен басталады (joldama-cli users add ЛОГИН --role admin).</translation>
    </message>
    <message>
        <source>The audit log is empty although the database has user accounts: every entry was deleted.</source>
        <translation>Дерекқорда есептік жазбалар бар, бірақ аудит журналы бос: журналдың барлық жазбасы жойылған.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s signature is not valid: the checkpoint file was altered. Use an intact copy of it.</source>
        <translation>Бақылау нүктесінің қолтаңбасы жарамсыз: бақылау нүктесінің файлы өзгертілген. Оның бүлінбеген көшірмесін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The checkpoint belongs to another database (%1). Give a checkpoint written for this one.</source>
        <translation>Бақылау нүктесі басқа дерекқорға тиесілі (%1). Осы дерекқорға жазылған бақылау нүктесін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The checkpoint was signed with another audit key (%1; this database&apos;s key is %2).</source>
        <translation>Бақылау нүктесі басқа аудит кілтімен қол қойылған (%1; бұл дерекқордың кілті — %2).</translation>
    </message>
    <message>
        <source>The checkpoint of %1 counted %2 entries, but entries from %3 on were removed (the log now holds %4).</source>
        <translation>%1 бақылау нүктесінде %2 жазба болған, бірақ %3-жазбадан бастап жазбалар жойылған (қазір журналда %4).</translation>
    </message>
    <message>
        <source>The log differs from the checkpoint of %1 (entry %2): it was cut or rewritten from entry %3 on.</source>
        <translation>Журнал %1 бақылау нүктесімен сәйкес келмейді (%2-жазба): %3-жазбадан бастап ол қысқартылған немесе қайта жазылған.</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>Аудит журналы бүтін: %1 жазба тексерілді.</translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>The account %1 has been disabled. Nothing was saved; ask the administrator.</source>
        <translation>%1 есептік жазбасы өшірілген. Ештеңе сақталған жоқ; әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>The role of the account %1 was changed by the administrator. Nothing was saved; sign in again to continue with the new role.</source>
        <translation>Әкімші %1 есептік жазбасының рөлін өзгертті. Ештеңе сақталған жоқ; жаңа рөлмен жалғастыру үшін қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The audit log is not kept on this connection.</source>
        <translation>Бұл қосылымда аудит журналы жүргізілмейді.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log goes from entry %2 to entry %3 (an entry was deleted).</source>
        <translation>%1-жазба жоқ: журнал %2-жазбадан бірден %3-жазбаға өтеді (жазба жойылған).</translation>
    </message>
    <message>
        <source>Entry %1 appears out of order (the entries were renumbered or reordered).</source>
        <translation>%1-жазба өз орнында емес (жазбалардың нөмірі өзгертілген немесе орны ауыстырылған).</translation>
    </message>
    <message>
        <source>Entry %1 was altered, or entries were reordered: its seal does not match its contents.</source>
        <translation>%1-жазба өзгертілген немесе жазбалардың орны ауыстырылған: оның мөрі мазмұнымен сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The changes sealed by entry %1 (change log rows %2 to %3) were altered or removed.</source>
        <translation>%1-жазба куәландырған өзгерістер (өзгерістер журналының %2–%3 жолдары) өзгертілген немесе жойылған.</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <source>Sign in first: this database has user accounts, and %1 is for the %2.</source>
        <translation>Алдымен кіріңіз: бұл дерекқорда есептік жазбалар бар, ал %1 тек мына рөлдерге рұқсат етілген: %2.</translation>
    </message>
    <message>
        <source>Refused: %1 is for the %2; you are signed in as %3, %4. Ask a colleague with that role, or the administrator.</source>
        <translation>Бас тартылды: %1 тек мына рөлдерге рұқсат етілген: %2. Сіз %3 ретінде кірдіңіз, рөліңіз — %4. Осындай рөлі бар әріптесіңізге немесе әкімшіге жүгініңіз.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>A shared PostgreSQL database is backed up on its server by the administrator, with pg_dump (see the README).</source>
        <translation>Ортақ PostgreSQL дерекқорының сақтық көшірмесін әкімші оның серверінде pg_dump арқылы жасайды (README-ні қараңыз).</translation>
    </message>
    <message>
        <source>%1 is the database itself. Choose another file for the backup.</source>
        <translation>%1 — дерекқордың өзі. Сақтық көшірме үшін басқа файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a folder you may write to.</source>
        <translation>%1 қалтасын жасау мүмкін емес. Жазуға рұқсатыңыз бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The copy failed its check, so it was not kept: %1 The database itself is unchanged; try again, and if it fails again, report the problem.</source>
        <translation>Көшірме тексеруден өтпеді, сондықтан сақталмады: %1 Дерекқордың өзі өзгерген жоқ; қайталап көріңіз, қате тағы қайталанса, мәселе туралы хабарлаңыз.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Choose another file.</source>
        <translation>%1 файлын жазу мүмкін емес (%2). Басқа файлды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Make a backup of the database every day</source>
        <translation>Дерекқордың сақтық көшірмесін күн сайын жасау</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматты сақтық көшірмелер</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Автоматты сақтық көшірмелерге арналған қалта</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Қалта:</translation>
    </message>
    <message>
        <source>The backup is made when the window is open, or at the first start of the day, and checked before it counts. Kept: the last 7 days, 5 weeks and 12 months. Keep a copy on another disk too, inside Kazakhstan.</source>
        <translation>Сақтық көшірме терезе ашық тұрғанда немесе күннің алғашқы іске қосылуында жасалады және тексерілгеннен кейін ғана есептеледі. Соңғы 7 күннің, 5 аптаның және 12 айдың көшірмелері сақталады. Көшірмені Қазақстан аумағындағы басқа дискіде де сақтаңыз.</translation>
    </message>
    <message>
        <source>This database&apos;s backups go to %1</source>
        <translation>Осы дерекқордың сақтық көшірмелері мына жерге сақталады: %1</translation>
    </message>
    <message>
        <source>Give the whole path of a folder, for example %1.</source>
        <translation>Қалтаның толық жолын көрсетіңіз, мысалы: %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a folder you may write to.</source>
        <translation>%1 қалтасын жасау мүмкін емес. Жазуға рұқсатыңыз бар қалтаны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The disk holding %1 is full. Free some space or choose another folder, and try again.</source>
        <translation>%1 орналасқан диск толып қалды. Орын босатыңыз немесе басқа қалтаны таңдап, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose a folder you may write to.</source>
        <translation>%1 жазу мүмкін емес. Жазуға рұқсатыңыз бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The database stayed busy while %1. Try again in a moment.</source>
        <translation>Дерекқор бос болмады (%1). Біраздан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>SQLite failed while %1 (%2).</source>
        <translation>SQLite қатесі (%1): %2.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up by its administrator with pg_dump (see the README); joldama-cli backs up SQLite files.</source>
        <translation>Ортақ PostgreSQL дерекқорының сақтық көшірмесін оның әкімшісі pg_dump арқылы жасайды (README-ні қараңыз); joldama-cli SQLite файлдарын көшіреді.</translation>
    </message>
    <message>
        <source>Cannot create %1. Check that the folder exists and you may write to it.</source>
        <translation>%1 жасау мүмкін емес. Қалтаның бар екенін және оған жазуға рұқсатыңыз барын тексеріңіз.</translation>
    </message>
    <message>
        <source>creating the backup</source>
        <translation>сақтық көшірмені жасау</translation>
    </message>
    <message>
        <source>starting the backup</source>
        <translation>сақтық көшірмені бастау</translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation>дерекқорды көшіру</translation>
    </message>
    <message>
        <source>closing the backup</source>
        <translation>сақтық көшірмені аяқтау</translation>
    </message>
    <message>
        <source>sealing the backup</source>
        <translation>сақтық көшірменің тізімдемесін жазу</translation>
    </message>
    <message>
        <source>reading the backup&apos;s schema version</source>
        <translation>сақтық көшірменің сызба нұсқасын оқу</translation>
    </message>
    <message>
        <source>reading the backup</source>
        <translation>сақтық көшірмені оқу</translation>
    </message>
    <message>
        <source>writing the backup&apos;s manifest</source>
        <translation>сақтық көшірменің тізімдемесін жазу</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 жоқ немесе ол файл емес.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 оқу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Joldama backup: it is not an SQLite database at all.</source>
        <translation>%1 — Joldama сақтық көшірмесі емес: бұл мүлде SQLite дерекқоры емес.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database (%2).</source>
        <translation>%1 дерекқор ретінде ашылмайды (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 зақымдалған: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2).</source>
        <translation>%1 зақымдалған (SQLite тұтастығын тексеру: %2).</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Joldama backup.</source>
        <translation>%1 — басқа бағдарламаның дерекқоры, Joldama сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <source>%1 is a Joldama database but not a backup made by Joldama (it has no manifest). Make a backup of it with joldama-cli --db %1 backup -o FILE.</source>
        <translation>%1 — Joldama дерекқоры, бірақ Joldama жасаған сақтық көшірме емес (онда тізімдеме жоқ). Оның сақтық көшірмесін joldama-cli --db %1 backup -o ФАЙЛ командасымен жасаңыз.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Joldama (backup format %2). Use that Joldama to check it.</source>
        <translation>%1 Joldama-ның жаңарақ нұсқасымен жасалған (сақтық көшірме пішімі %2). Оны сол Joldama нұсқасымен тексеріңіз.</translation>
    </message>
    <message>
        <source>The schema version in %1 (%2) differs from its manifest (%3).</source>
        <translation>%1 ішіндегі сызба нұсқасы (%2) тізімдемемен (%3) сәйкес келмейді.</translation>
    </message>
    <message>
        <source>%1 rows in %2 point at records that are not there.</source>
        <translation>%2 кестелерінде жоқ жазбаларға сілтейтін жолдар бар: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read whole (%2).</source>
        <translation>%1 толық оқылмайды (%2).</translation>
    </message>
    <message>
        <source>Rows are missing or added since the backup was made: %1.</source>
        <translation>Сақтық көшірме жасалғаннан кейін жолдар жоғалған немесе қосылған: %1.</translation>
    </message>
    <message>
        <source>The contents of %1 changed since the backup was made (the checksum differs).</source>
        <translation>%1 мазмұны сақтық көшірме жасалғаннан кейін өзгерген (бақылау сомасы сәйкес келмейді).</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 differs from the one in %1: the file was changed after the backup was made.</source>
        <translation>Файлдың SHA-256 мәні %1 ішіндегімен сәйкес келмейді: файл сақтық көшірме жасалғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 жазу мүмкін емес: %2.</translation>
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
    <message>
        <source>Enter a whole number of beds.</source>
        <translation>Төсек санын бүтін санмен енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>BedService</name>
    <message>
        <source>There is no hospital with the code &quot;%1&quot;.</source>
        <translation>«%1» коды бар медициналық ұйым жоқ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bed profile.</source>
        <translation>«%1» — төсек бейіні емес.</translation>
    </message>
    <message>
        <source>Bed numbers cannot be negative.</source>
        <translation>Төсек саны теріс бола алмайды.</translation>
    </message>
    <message>
        <source>Occupied (%1) and reserved (%2) beds together exceed the %3 beds of the profile. Check the numbers.</source>
        <translation>Бос емес (%1) және сақталған (%2) төсектердің қосындысы бейіндегі төсектердің жалпы санынан (%3) асып кетті. Сандарды тексеріңіз.</translation>
    </message>
    <message>
        <source>The form of care is round_the_clock or day.</source>
        <translation>Көмек нысаны round_the_clock немесе day болуы керек.</translation>
    </message>
    <message>
        <source>A bed report for %1 is more than a year from today. Check the year: beds are reported for today or the days close to it.</source>
        <translation>%1 күнгі төсек туралы мәлімет бүгіннен бір жылдан астам алшақ. Жылды тексеріңіз: төсектер бүгінге не жақын күндерге хабарланады.</translation>
    </message>
    <message>
        <source>The bed report is for %1, %2 days ahead. If that day is meant, confirm it; otherwise correct the date.</source>
        <translation>Төсек туралы мәлімет %1 күнге — %2 күн алда. Сол күн айтылса, растаңыз; әйтпесе күнді түзетіңіз.</translation>
    </message>
    <message>
        <source>The bed report is for %1, %2 days ago. If that day is meant, confirm it; otherwise correct the date.</source>
        <translation>Төсек туралы мәлімет %1 күнге — %2 күн бұрын. Сол күн айтылса, растаңыз; әйтпесе күнді түзетіңіз.</translation>
    </message>
    <message>
        <source>%1 beds is out of range: a hospital has at most %2 beds in one profile. Check the number.</source>
        <translation>%1 төсек — рұқсат етілген шектен тыс: аурухананың бір бейінінде ең көбі %2 төсек болады. Санды тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>BedsPrintout</name>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation>«%1» — өңір емес. Өңірдің екі таңбалы ӘАОЖ кодын көрсетіңіз, мысалы, Астана үшін 71.</translation>
    </message>
</context>
<context>
    <name>BureauDialog</name>
    <message>
        <source>Bureau details</source>
        <translation>Бюро туралы мәліметтер</translation>
    </message>
    <message>
        <source>Bureau of Hospitalization</source>
        <translation>Емдеуге жатқызу бюросы</translation>
    </message>
    <message>
        <source>— the region of what is printed —</source>
        <translation>— басып шығарылатын құжаттағы өңір —</translation>
    </message>
    <message>
        <source>Every printout names the bureau in its heading: referral tickets, queue lists and the other lists. Without a name it says «Bureau of Hospitalization» in the printout&apos;s language; without a region it names the region of the hospital printed. The details are kept in the database, so every workstation of the bureau prints the same.</source>
        <translation>Бюроның атауы әр құжаттың тақырыбында басылады: жолдама талондарында, күту парақтарында және басқа тізімдерде. Атауы көрсетілмесе, құжат тілінде «Емдеуге жатқызу бюросы» деп басылады; өңір көрсетілмесе, құжат басылатын медициналық ұйымның өңірі көрсетіледі. Мәліметтер дерекқорда сақталады, сондықтан бюроның барлық жұмыс орнында тақырып бірдей болады.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ө&amp;ңір:</translation>
    </message>
</context>
<context>
    <name>BureauService</name>
    <message>
        <source>The bureau&apos;s name is at most %1 characters.</source>
        <translation>Бюро атауы %1 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation>«%1» — өңір емес. Өңірдің екі таңбалы ӘАОЖ кодын көрсетіңіз, мысалы, Астана үшін 71.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working calendar</source>
        <translation>Жұмыс күнтізбесі</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <source>Add a &amp;day off…</source>
        <translation>&amp;Демалыс күнін қосу…</translation>
    </message>
    <message>
        <source>Add a &amp;working weekend day…</source>
        <translation>Демалыс күнгі &amp;жұмыс күнін қосу…</translation>
    </message>
    <message>
        <source>&amp;Make an ordinary day</source>
        <translation>Кәдімгі &amp;күнге қайтару</translation>
    </message>
    <message>
        <source>Holidays of Kazakhstan and the days off carried over from weekends are shipped for this year and the next. Days the Government moves by decree, and later years, are entered here. Preliminary dates are planned again after every change.</source>
        <translation>Қазақстанның мереке күндері және мерекенің демалыс күндерімен сәйкес келуіне байланысты ауыстырылған демалыс күндері ағымдағы және келесі жылға бағдарламаға енгізілген. Үкімет қаулысымен ауыстырылатын күндер мен кейінгі жылдар осы жерде енгізіледі. Әрбір өзгерістен кейін болжамды күндер қайта есептеледі.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Күн түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <source>Working weekend day</source>
        <translation>Демалыс күнгі жұмыс күні</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Демалыс күні</translation>
    </message>
    <message>
        <source>for example: moved from 2 January</source>
        <translation>мысалы: 2 қаңтардан ауыстырылды</translation>
    </message>
    <message>
        <source>name of the holiday or of the decree</source>
        <translation>мереке немесе қаулы атауы</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Calendar not changed</source>
        <translation>Күнтізбе өзгертілмеді</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>Give the day as YYYY-MM-DD.</source>
        <translation>Күнді ЖЖЖЖ-АА-КК пішімінде көрсетіңіз.</translation>
    </message>
    <message>
        <source>Name the holiday or the reason for the day off.</source>
        <translation>Мереке атауын немесе демалыс күнінің себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 is a weekday: it is a working day already unless it is a holiday; clear the holiday instead.</source>
        <translation>%1 — апта ішіндегі күн: мереке болмаса, ол онсыз да жұмыс күні; оны жұмыс күні ету үшін «Кәдімгі күнге қайтару» батырмасымен мерекені алып тастаңыз.</translation>
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
    <message>
        <source>Patient saved</source>
        <translation>Пациент сақталды</translation>
    </message>
    <message>
        <source>%1 is registered, IIN %2.

Register a referral for this patient now?</source>
        <translation>%1 тіркелді, ЖСН %2.

Осы пациентке қазір жолдама тіркеу керек пе?</translation>
    </message>
    <message>
        <source>&amp;Register a referral…</source>
        <translation>Жолдама &amp;тіркеу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>&amp;Print ticket…</source>
        <translation>Талонды &amp;басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Кодты &amp;көшіру</translation>
    </message>
    <message>
        <source>&amp;Open the referral</source>
        <translation>Жолдаманы &amp;ашу</translation>
    </message>
    <message>
        <source>Code %1 copied: paste it with Ctrl+V.</source>
        <translation>%1 коды көшірілді: оны Ctrl+V пернелерімен қойыңыз.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Application</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Диагноз</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Ауру</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>%1 %2, protocol %3</source>
        <translation>%1 %2, хаттама %3</translation>
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
        <source>ID</source>
        <translation>№</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>МӘРТЕБЕ</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>PATIENT</source>
        <translation>ПАЦИЕНТ</translation>
    </message>
    <message>
        <source>DIAGNOSIS</source>
        <translation>ДИАГНОЗ</translation>
    </message>
    <message>
        <source>DISEASE</source>
        <translation>АУРУ</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>ЕЛ</translation>
    </message>
    <message>
        <source>APPLICATIONS</source>
        <translation>ӨТІНІМДЕР</translation>
    </message>
    <message>
        <source>There is no application for treatment abroad with the number %1. Check the number with abroad list.</source>
        <translation>%1 нөмірлі шетелде емделуге өтінім жоқ. Нөмірді abroad list пәрменімен тексеріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Application %1 written to %2 (%n page(s))</source>
        <translation>
            <numerusform>%1 өтінімі %2 файлына жазылды (%n бет)</numerusform>
            <numerusform>%1 өтінімі %2 файлына жазылды (%n бет)</numerusform>
        </translation>
    </message>
    <message>
        <source>starter, unchecked</source>
        <translation>бастапқы, тексерілмеген</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <source>ages %1–%2</source>
        <translation>жасы %1–%2</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>КҮЙІ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТАУЫ</translation>
    </message>
    <message>
        <source>Entries marked &quot;starter&quot; come from the starter list shipped with Joldama, not the official list: check each against the Ministry of Health&apos;s current order and save it (abroad diseases set / abroad categories set).</source>
        <translation>«Бастапқы» деп белгіленген жазбалар ресми тізімнен емес, Joldama-мен бірге берілген бастапқы тізімнен алынған: әрқайсысын Денсаулық сақтау министрлігінің қолданыстағы бұйрығымен салыстырып, сақтаңыз (abroad diseases set / abroad categories set).</translation>
    </message>
    <message>
        <source>If it is right, run the command again with --yes.</source>
        <translation>Бәрі дұрыс болса, пәрменді --yes қосып қайта орындаңыз.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another path.</source>
        <translation>%1 жазылмады: %2. Басқа жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2. Nothing was written.</source>
        <translation>%1 аяқталмады: %2. Ештеңе жазылмады.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation>
            <numerusform>%1 файлына %n жазба жазылды</numerusform>
            <numerusform>%1 файлына %n жазба жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 / %3   (%4 s)</source>
        <translation>%1: %2 / %3   (%4 с)</translation>
    </message>
    <message>
        <source>Generated %1 patients and %2 referrals in %3 s</source>
        <translation>%3 с ішінде %1 пациент және %2 жолдама жасалды</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path.</source>
        <translation>%1 оқылмады: %2. Жолды тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 rows, %2%</source>
        <translation>%1 жол, %2%</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>… and %1 more bad rows</source>
        <translation>… және тағы %1 қате жол</translation>
    </message>
    <message>
        <source>%1: valid, born %2, %3</source>
        <translation>%1: дұрыс, туған күні %2, %3</translation>
    </message>
    <message>
        <source>%1: invalid (%2). %3</source>
        <translation>%1: қате (%2). %3</translation>
    </message>
    <message>
        <source>Registered %1 %2</source>
        <translation>Тіркелді: %1 %2</translation>
    </message>
    <message>
        <source>BORN</source>
        <translation>ТУҒАН</translation>
    </message>
    <message>
        <source>SEX</source>
        <translation>ЖЫНЫСЫ</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>ТЕЛЕФОН</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>ӨҢІР</translation>
    </message>
    <message>
        <source>No patient with IIN %1 is registered.</source>
        <translation>ЖСН %1 пациент тіркелмеген.</translation>
    </message>
    <message>
        <source>There is no printer named &quot;%1&quot;. Printers here: %2.</source>
        <translation>«%1» атты принтер жоқ. Мұндағы принтерлер: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer %1</source>
        <translation>
            <numerusform>%n бет %1 принтеріне жіберілді</numerusform>
            <numerusform>%n бет %1 принтеріне жіберілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ЖЫЛ</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>БЕЙІН</translation>
    </message>
    <message>
        <source>ALLOCATED</source>
        <translation>БӨЛІНДІ</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>ПАЙДАЛАНЫЛДЫ</translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation>ҚАЛДЫҚ</translation>
    </message>
    <message>
        <source>HTMC PROFILE</source>
        <translation>ЖТМҚ БЕЙІНІ</translation>
    </message>
    <message>
        <source>split by population</source>
        <translation>халық санына қарай бөлінді</translation>
    </message>
    <message>
        <source>set</source>
        <translation>белгіленді</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>ҚАШАН</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>КІМ</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>БҰРЫН</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>КЕЙІН</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>ҚАЛАЙ</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation>Дерекқор дайын: %1 (схема нұсқасы %2)</translation>
    </message>
    <message>
        <source>%1 (database schema %2)</source>
        <translation>%1 (дерекқор схемасы %2)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>ҚАЛА КОДЫ</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ЖАҢАРТЫЛДЫ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>қолданыста</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>тізімнен шығарылған</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>ҚҰЖАТ</translation>
    </message>
    <message>
        <source>VALID DAYS</source>
        <translation>ЖАРАМДЫ КҮН</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>МІНДЕТТІ</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>СЕБЕП</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Аурухана</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Бейіні</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Квота</translation>
    </message>
    <message>
        <source>%1 %2, region %3</source>
        <translation>%1 %2, өңір %3</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Расталды</translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation>Алдын ала</translation>
    </message>
    <message>
        <source>admitted without: %1; why: %2</source>
        <translation>мыналарсыз жатқызылды: %1; себебі: %2</translation>
    </message>
    <message>
        <source>transferred to %1</source>
        <translation>%1 жолдамасына ауыстырылды</translation>
    </message>
    <message>
        <source>a second place in this profile (besides %1); why: %2</source>
        <translation>осы бейіндегі екінші орын (%1 жолдамасынан басқа); себебі: %2</translation>
    </message>
    <message>
        <source>the diagnosis was not yet in the ICD-10 dictionary</source>
        <translation>диагноз АХЖ-10 анықтамалығында әлі болмаған</translation>
    </message>
    <message>
        <source>To move the patient: joldama-cli referrals transition CODE transferred --hospital CODE. To register a second referral anyway: --second-referral-reason TEXT.</source>
        <translation>Пациентті ауыстыру үшін: joldama-cli referrals transition CODE transferred --hospital CODE. Бәрібір екінші жолдаманы тіркеу үшін: --second-referral-reason МӘТІН.</translation>
    </message>
    <message>
        <source>No referral has the code %1. Check the code on the ticket.</source>
        <translation>%1 коды бар жолдама жоқ. Талондағы кодты тексеріңіз.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Бюро</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>ОРЫН</translation>
    </message>
    <message>
        <source>REGISTERED</source>
        <translation>ТІРКЕЛДІ</translation>
    </message>
    <message>
        <source>PRELIMINARY</source>
        <translation>АЛДЫН АЛА</translation>
    </message>
    <message numerus="yes">
        <source>%n planned admission(s) a day</source>
        <translation>
            <numerusform>күніне %n жоспарлы емдеуге жатқызу</numerusform>
            <numerusform>күніне %n жоспарлы емдеуге жатқызу</numerusform>
        </translation>
    </message>
    <message>
        <source>HOSPITAL</source>
        <translation>АУРУХАНА</translation>
    </message>
    <message>
        <source>BEDS</source>
        <translation>ТӨСЕК</translation>
    </message>
    <message>
        <source>FREE_TODAY</source>
        <translation>БҮГІН_БОС</translation>
    </message>
    <message>
        <source>TOMORROW</source>
        <translation>ЕРТЕҢ</translation>
    </message>
    <message>
        <source>DAY_AFTER</source>
        <translation>БҮРСІГҮНІ</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%2 ішінен %1 бос</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>КҮНІ</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>БАРЛЫҒЫ</translation>
    </message>
    <message>
        <source>OCCUPIED</source>
        <translation>БОС ЕМЕС</translation>
    </message>
    <message>
        <source>RESERVED</source>
        <translation>РЕЗЕРВТЕ</translation>
    </message>
    <message>
        <source>REPORTED_AT</source>
        <translation>ХАБАРЛАНДЫ</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>КІМ</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТҮРІ</translation>
    </message>
    <message>
        <source>%1 saved; waiting lists planned again</source>
        <translation>%1 сақталды; күту парақтары қайта жоспарланды</translation>
    </message>
    <message>
        <source>%1 is an ordinary day again</source>
        <translation>%1 қайтадан кәдімгі күн</translation>
    </message>
    <message>
        <source>Referrals: %1, registered today %2, this month %3, refused share %4%</source>
        <translation>Жолдамалар: %1, бүгін тіркелді %2, осы айда %3, бас тарту үлесі %4%</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>КҮТУДЕ</translation>
    </message>
    <message>
        <source>MEDIAN_DAYS</source>
        <translation>МЕДИАНА_КҮН</translation>
    </message>
    <message>
        <source>P90_DAYS</source>
        <translation>P90_КҮН</translation>
    </message>
    <message>
        <source>Lookups: today %1, yesterday %2, this month %3; workstations online %4</source>
        <translation>Анықтамалар: бүгін %1, кеше %2, осы айда %3; байланыстағы жұмыс орындары: %4</translation>
    </message>
    <message>
        <source>The role %1 may now read and write the records; it may only add to the audit log and may not change the schema, which stays the role %2&apos;s.</source>
        <translation>%1 рөлі енді жазбаларды оқып, өзгерте алады; аудит журналына тек жаңа жазба қоса алады және сызбаны өзгерте алмайды, сызба %2 рөлінде қалады.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Show those already &amp;reviewed</source>
        <translation>Қаралғандарын да &amp;көрсету</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Қаралды деп белгілеу</translation>
    </message>
    <message>
        <source>Exchange conflicts</source>
        <translation>Алмасу қайшылықтары</translation>
    </message>
    <message>
        <source>What was decided, for example: phoned the patient, the bureau&apos;s number is right</source>
        <translation>Не шешілді, мысалы: пациентке қоңырау шалдық, бюродағы нөмір дұрыс</translation>
    </message>
    <message>
        <source>Nothing is dropped in an exchange: where the bureau and a workstation changed the same field, or a workstation changed a referral the bureau had closed, the bureau&apos;s value stays and both are listed here. Correct the record if the other value is right, then mark the conflict as reviewed.</source>
        <translation>Алмасу кезінде ештеңе жоғалмайды: бюро мен жұмыс орны бір өрісті өзгертсе немесе жұмыс орны бюро жапқан жолдаманы өзгертсе, бюроның мәні қалады, ал екі мән де осында көрсетіледі. Егер екінші мән дұрыс болса, жазбаны түзетіп, қайшылықты қаралды деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Confirmed date</source>
        <translation>Расталған күні</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Тіркелген емхана</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Жеңілдік санаты</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Жолдама коды</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Емдеуге жатқызылған күні</translation>
    </message>
    <message>
        <source>Discharged on</source>
        <translation>Шығарылған күні</translation>
    </message>
    <message>
        <source>changed at both</source>
        <translation>екі жақта да өзгертілген</translation>
    </message>
    <message>
        <source>referral closed by the bureau</source>
        <translation>жолдаманы бюро жапқан</translation>
    </message>
    <message>
        <source>record deleted at the bureau</source>
        <translation>жазба бюрода жойылған</translation>
    </message>
    <message>
        <source>code already taken</source>
        <translation>код бос емес</translation>
    </message>
    <message>
        <source>step not taken at the bureau</source>
        <translation>қадам бюрода қабылданбады</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Қалдырылған</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Қабылданбаған</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Анықталған</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <source>reviewed by %1: %2</source>
        <translation>%1 қарады: %2</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>қарауды күтуде</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is saved as UTF-16 (Excel&apos;s &quot;Unicode text&quot;), not UTF-8. Save it again as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>Файл UTF-8 емес, UTF-16 түрінде сақталған (Excel-дегі «Юникод мәтіні»). Оны «CSV UTF-8 (үтірмен бөлінген)» ретінде қайта сақтап, сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>The line holds a NUL byte, which no text has: the file is not a plain CSV text (perhaps a spreadsheet, or text saved as UTF-16). Save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>Жолда мәтінде болмайтын нөлдік байт (NUL) бар: файл қарапайым CSV мәтіні емес (электрондық кесте немесе UTF-16 түріндегі мәтін болуы мүмкін). Оны «CSV UTF-8» ретінде сақтап, сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>The text is not UTF-8 although the lines before it are: this line cannot be read without guessing. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Алдыңғы жолдар UTF-8 болса да, бұл мәтін UTF-8 емес: бұл жолды болжамай оқу мүмкін емес. Файлды «CSV UTF-8» ретінде сақтап, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>The file mixes two encodings: this line is UTF-8, the lines before it Windows-1251. Save the file in one encoding (&quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>Файлда екі кодтау араласқан: бұл жол UTF-8, ал алдыңғы жолдар Windows-1251. Файлды бір кодтауда («CSV UTF-8») сақтап, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>Read as Windows-1251 the line has letters that neither Kazakh nor Russian uses (%1): the file is in another code page, such as the Kazakh KZ-1048. Save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>Жолды Windows-1251 ретінде оқығанда онда қазақ тілінде де, орыс тілінде де жоқ әріптер бар (%1): файл басқа кодтық бетте, мысалы, қазақтың KZ-1048 кодтауында. Оны «CSV UTF-8» ретінде сақтап, сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is never closed: lines %1 to %2 were read as one field. Check the quotes on line %1.</source>
        <translation>%1-жолда ашылған тырнақшадағы өріс жабылмаған: %1-жолдан %2-жолға дейін бір өріс ретінде оқылды. %1-жолдағы тырнақшаларды тексеріңіз.</translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 closes only on line %2, so the rows of lines %3 to %2 were swallowed into it. A closing quote is probably missing on line %1; correct it and import the file again.</source>
        <translation>%1-жолда ашылған тырнақшадағы өріс тек %2-жолда жабылады, сондықтан %3-жолдан %2-жолға дейінгі жолдар соның ішіне кетті. %1-жолда жабатын тырнақша жетіспейтін болар; оны түзетіп, файлды қайта импорттаңыз.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Жиынтық көрсеткіштер</translation>
    </message>
    <message>
        <source>Referrals: &lt;b&gt;%1&lt;/b&gt; · registered today: &lt;b&gt;%2&lt;/b&gt; · this month: &lt;b&gt;%3&lt;/b&gt; · refused by hospitals: &lt;b&gt;%4%&lt;/b&gt; of their decisions</source>
        <translation>Жолдамалар: &lt;b&gt;%1&lt;/b&gt; · бүгін тіркелгені: &lt;b&gt;%2&lt;/b&gt; · осы айда: &lt;b&gt;%3&lt;/b&gt; · медициналық ұйымдардың бас тартуы: шешімдерінің &lt;b&gt;%4%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Bed profile</source>
        <translation>Төсек бейіні</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Қазір кезекте</translation>
    </message>
    <message>
        <source>Median days waited</source>
        <translation>Күту мерзімінің медианасы (күн)</translation>
    </message>
    <message>
        <source>90% wait no longer than (days)</source>
        <translation>90%-ы күтетін мерзім (күн)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Төсек саны</translation>
    </message>
    <message>
        <source>Free today</source>
        <translation>Бүгін бос</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Төсектердің толуы</translation>
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
        <source>Free</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>Beds today by region</source>
        <translation>Өңірлер бойынша бүгінгі төсектер</translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation>Жиынтықты басып шығару</translation>
    </message>
    <message>
        <source>Lookups by code: today &lt;b&gt;%1&lt;/b&gt; · yesterday &lt;b&gt;%2&lt;/b&gt; · this month &lt;b&gt;%3&lt;/b&gt; · workstations online now: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Код бойынша сұраулар: бүгін &lt;b&gt;%1&lt;/b&gt; · кеше &lt;b&gt;%2&lt;/b&gt; · осы айда &lt;b&gt;%3&lt;/b&gt; · қазір желідегі жұмыс орындары: &lt;b&gt;%4&lt;/b&gt;</translation>
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
        <source>The database %1 cannot use write-ahead logging (journal mode stays &quot;%2&quot;). Put the file on a local disk, not a network folder.</source>
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
        <source>The database failed while %1: %2</source>
        <translation>Дерекқор қатесі (%1): %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>белгісіз қате</translation>
    </message>
    <message>
        <source>Another workstation changed the same records at the same moment. Nothing was saved; try again.</source>
        <translation>Дәл сол сәтте басқа жұмыс орны осы жазбаларды өзгертті. Ештеңе сақталмады; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing was saved; ask the administrator to free some space.</source>
        <translation>Дерекқор серверінің дискісі толып қалды. Ештеңе сақталмады; әкімшіден орын босатуды сұраңыз.</translation>
    </message>
    <message>
        <source>The database server does not allow this account to do that (%1). Nothing was saved; ask the administrator.</source>
        <translation>Дерекқор сервері бұл есептік жазбаға мұны істеуге рұқсат бермейді (%1). Ештеңе сақталмады; әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>The database server %1 does not answer (%2). Nothing was saved; check the network and the server, then try again.</source>
        <translation>%1 дерекқор сервері жауап бермейді (%2). Ештеңе сақталмады; желі мен серверді тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>байланыс үзілді</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of the user %2, and none was given. Give the password, or keep it in the user&apos;s ~/.pgpass file.</source>
        <translation>%1 сервері %2 пайдаланушысының құпиясөзін сұрайды, ал құпиясөз берілмеген. Құпиясөзді енгізіңіз немесе оны осы пайдаланушының ~/.pgpass файлында сақтаңыз.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password of the user %2. Check the user name and type the password again; the administrator can set a new one.</source>
        <translation>%1 сервері %2 пайдаланушысының құпиясөзін қабылдамады. Пайдаланушы атын тексеріп, құпиясөзді қайта енгізіңіз; әкімші жаңа құпиясөз орната алады.</translation>
    </message>
    <message>
        <source>The server %1 does not let this computer in (%2). Ask the administrator to allow this workstation in the server&apos;s pg_hba.conf.</source>
        <translation>%1 сервері бұл компьютерден қосылуға рұқсат бермейді (%2). Әкімшіден осы жұмыс орнына сервердің pg_hba.conf файлында рұқсат беруін сұраңыз.</translation>
    </message>
    <message>
        <source>The server %1 has no database named %2. Check the name with the administrator, who creates the database once (createdb).</source>
        <translation>%1 серверінде %2 деген дерекқор жоқ. Атауын әкімшіден нақтылаңыз: дерекқорды әкімші бір рет құрады (createdb).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so there is no database %2 in it. Check the path given with --db for a typing mistake, or create the folder first if a new database is meant to be there.</source>
        <translation>%1 қалтасы жоқ, сондықтан онда %2 дерекқоры да жоқ. --db арқылы берілген жолда қате басылған таңба жоқ па, тексеріңіз; жаңа дерекқор сонда болуы керек болса, алдымен қалтаны жасаңыз.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Joldama. Nothing was changed. Choose another file with --db.</source>
        <translation>%1 — Joldama-ның емес, басқа бағдарламаның дерекқоры. Ештеңе өзгертілген жоқ. --db арқылы басқа файлды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>DatabaseMove</name>
    <message>
        <source>A database moves onto a server: give the server&apos;s database with --db postgresql://…. To copy a database file, make a backup of it or copy the file.</source>
        <translation>Дерекқор серверге көшіріледі: сервердегі дерекқорды --db postgresql://… арқылы көрсетіңіз. Дерекқор файлын көшіру үшін оның сақтық көшірмесін жасаңыз немесе файлды көшіріңіз.</translation>
    </message>
    <message>
        <source>There is no database file %1. Check the path.</source>
        <translation>%1 дерекқор файлы жоқ. Жолды тексеріңіз.</translation>
    </message>
    <message>
        <source>The server&apos;s database already holds patients, referrals or user accounts: a database is moved only into a new one. Create an empty database on the server, run joldama-cli --db postgresql://… init on it, and move into that.</source>
        <translation>Сервердегі дерекқорда пациенттер, жолдамалар немесе есептік жазбалар бар: дерекқор тек жаңа дерекқорға көшіріледі. Серверде бос дерекқор құрып, оған joldama-cli --db postgresql://… init орындаңыз да, соған көшіріңіз.</translation>
    </message>
    <message>
        <source>The table %1 differs on the server after the move (%2 rows in the file, %3 on the server). Nothing was moved; report the problem.</source>
        <translation>Көшіргеннен кейін серверде %1 кестесі файлдағыдан өзгеше (файлда %2 жол, серверде %3). Ештеңе көшірілмеді; мәселе туралы хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>DatabaseReplacement</name>
    <message>
        <source>Cannot open the database %1 to replace it (%2). Nothing was changed.</source>
        <translation>%1 дерекқорын ауыстыру үшін ашу мүмкін емес (%2). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Joldama is still open on %1 (a window or a command, on this computer or another). Close every Joldama that uses this database and try again. Nothing was changed.</source>
        <translation>%1 дерекқоры Joldama-да әлі ашық (терезеде немесе командада, осы не басқа компьютерде). Осы дерекқорды пайдаланатын барлық Joldama-ны жауып, қайталап көріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Cannot take the database %1 for the restore (%2). Nothing was changed.</source>
        <translation>Қалпына келтіру үшін %1 дерекқорын иелену мүмкін емес (%2). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Cannot prepare %1 for the restore (%2). Nothing was changed.</source>
        <translation>%1 қалпына келтіруге дайындау мүмкін емес (%2). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Cannot close the write-ahead log of %1 (%2). Nothing was changed.</source>
        <translation>%1 алдын ала жазу журналын жабу мүмкін емес (%2). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>%1 жазу мүмкін емес: %2. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1 (%2). Nothing was changed.</source>
        <translation>Сақтық көшірмені %1 орнына қою мүмкін емес (%2). Ештеңе өзгертілген жоқ.</translation>
    </message>
</context>
<context>
    <name>DiagnosisService</name>
    <message>
        <source>The diagnosis %1 has no name.</source>
        <translation>%1 диагнозының атауы жоқ.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <source>No column of ICD-10 codes was found. The file needs a column of codes (I25.1, K35.8) and one of names in Russian, Kazakh or English, with a header such as code, name_ru, name_kk, name_en (or код, наименование, атауы), or without a header.</source>
        <translation>АХЖ-10 кодтарының бағаны табылмады. Файлда кодтар бағаны (I25.1, K35.8) және орыс, қазақ не ағылшын тіліндегі атаулар бағаны болуы керек — code, name_ru, name_kk, name_en (немесе код, наименование, атауы) сияқты тақырыппен не тақырыпсыз.</translation>
    </message>
    <message>
        <source>No column of diagnosis names was found next to the codes. Give the names in Russian, Kazakh or English, with a header such as name_ru, name_kk, name_en (or наименование, атауы), or without a header.</source>
        <translation>Кодтардың жанынан диагноз атауларының бағаны табылмады. Атауларды орыс, қазақ не ағылшын тілінде беріңіз — name_ru, name_kk, name_en (немесе наименование, атауы) сияқты тақырыппен не тақырыпсыз.</translation>
    </message>
    <message>
        <source>The code %1 appears twice in the file.</source>
        <translation>%1 коды файлда екі рет кездеседі.</translation>
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
    <message>
        <source>expires before admission</source>
        <translation>мерзімі емдеуге жатқызуға дейін өтеді</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Алдын ала қарау…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Басып шығаратын ештеңе жоқ</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Басып шығаруды алдын ала қарау — %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Басып шығарылмады</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF сақталмады</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save what is previewed as a PDF file</source>
        <translation>Қаралып тұрған құжатты PDF файлына сақтау</translation>
    </message>
</context>
<context>
    <name>EligibleListModel</name>
    <message>
        <source>In use</source>
        <translation>Қолданыста</translation>
    </message>
    <message>
        <source>Taken off the list</source>
        <translation>Тізбеден шығарылған</translation>
    </message>
    <message>
        <source>Starter list, not checked</source>
        <translation>Бастапқы тізім, тексерілмеген</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <source>Shipped with Joldama as a starter list. Check it against the Ministry of Health&apos;s current order, correct it if needed, and mark it as checked.</source>
        <translation>Joldama-мен бірге бастапқы тізім ретінде берілген. Жазбаны Денсаулық сақтау министрлігінің қолданыстағы бұйрығымен салыстырып, қажет болса түзетіңіз және тексерілді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>ICD-10 codes</source>
        <translation>АХЖ-10 кодтары</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>Тізбеде</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already on the list. Choose another code, or edit the entry that has it.</source>
        <translation>«%1» коды тізбеде бұрыннан бар. Басқа кодты таңдаңыз немесе осы коды бар жазбаны өзгертіңіз.</translation>
    </message>
</context>
<context>
    <name>EligibleListsDialog</name>
    <message>
        <source>Eligible diseases and categories for treatment abroad</source>
        <translation>Шетелге емделуге жіберуге арналған аурулар мен азаматтар санаттарының тізбелері</translation>
    </message>
    <message>
        <source>&amp;Diseases</source>
        <translation>&amp;Аурулар</translation>
    </message>
    <message>
        <source>&amp;Categories of citizens</source>
        <translation>Азаматтар &amp;санаттары</translation>
    </message>
    <message>
        <source>%1 of %2 entries come from the starter list shipped with Joldama, which is not the official list. Check each against the Ministry of Health&apos;s current order: correct it in place, take it off the list if it does not belong, or mark it as checked.</source>
        <translation>Барлық жазба: %2, оның ішінде Joldama-мен бірге берілетін бастапқы тізімнен алынғаны: %1. Бұл ресми тізбе емес. Әр жазбаны Денсаулық сақтау министрлігінің қолданыстағы бұйрығымен салыстырыңыз: оны осы жерде түзетіңіз, тізбеге жатпаса, тізбеден шығарыңыз немесе тексерілді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Every entry has been checked. Keep the list in step with the Ministry of Health&apos;s current order.</source>
        <translation>Барлық жазба тексерілді. Тізбені Денсаулық сақтау министрлігінің қолданыстағы бұйрығына сәйкес жүргізіңіз.</translation>
    </message>
    <message>
        <source>Entry not saved</source>
        <translation>Жазба сақталмады</translation>
    </message>
    <message>
        <source>&amp;Add an entry…</source>
        <translation>Жазба &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Mark as checked</source>
        <translation>&amp;Тексерілді деп белгілеу</translation>
    </message>
    <message>
        <source>The selected entry matches the Ministry of Health&apos;s current order as it stands.</source>
        <translation>Таңдалған жазба Денсаулық сақтау министрлігі бұйрығының қолданыстағы редакциясына сәйкес келеді.</translation>
    </message>
    <message>
        <source>Add an eligible disease</source>
        <translation>Тізбеге ауру қосу</translation>
    </message>
    <message>
        <source>Add an eligible category of citizens</source>
        <translation>Тізбеге азаматтар санатын қосу</translation>
    </message>
    <message>
        <source>Small Latin letters, digits and underscores, e.g. retinoblastoma</source>
        <translation>Кіші латын әріптері, цифрлар және астын сызу белгілері, мысалы, retinoblastoma</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Коды:</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>&amp;Қазақша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>&amp;Орысша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>А&amp;ғылшынша атауы:</translation>
    </message>
    <message>
        <source>&amp;ICD-10 codes:</source>
        <translation>АХЖ-10 ко&amp;дтары:</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a workstation</source>
        <translation>Жұмыс орнын тіркеу</translation>
    </message>
    <message>
        <source>for example, City polyclinic No. 4</source>
        <translation>мысалы, № 4 қалалық емхана</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <source>The workstation gets a code that is never given again and a key to sign its packages with. Save its enrolment file and take it to the workstation: it holds the key, so keep it like one.</source>
        <translation>Жұмыс орны ешкімге қайта берілмейтін код пен өз пакеттеріне қол қоятын кілт алады. Оның тіркеу файлын сақтап, жұмыс орнына апарыңыз: файлда кілт бар, сондықтан оны кілт сияқты сақтаңыз.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ө&amp;ңір:</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Тіркеу…</translation>
    </message>
</context>
<context>
    <name>EnrolmentFile</name>
    <message>
        <source>The file is not a Joldama enrolment file. Use the file the bureau made with &quot;exchange enroll&quot;.</source>
        <translation>Бұл Joldama тіркеу файлы емес. Бюро «exchange enroll» командасымен жасаған файлды пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The enrolment file is incomplete or damaged. Ask the bureau for the file again.</source>
        <translation>Тіркеу файлы толық емес немесе бүлінген. Файлды бюродан қайта сұраңыз.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Алмасу</translation>
    </message>
    <message>
        <source>&amp;Join a bureau…</source>
        <translation>Бюроға &amp;қосылу…</translation>
    </message>
    <message>
        <source>&amp;Send a package to the bureau…</source>
        <translation>Бюроға пакет &amp;жіберу…</translation>
    </message>
    <message>
        <source>&amp;Import a package…</source>
        <translation>Пакетті &amp;импорттау…</translation>
    </message>
    <message>
        <source>Exchange &amp;folder…</source>
        <translation>Алмасу &amp;қалтасы…</translation>
    </message>
    <message>
        <source>Exchange &amp;now</source>
        <translation>Қазір &amp;алмасу</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Қайшылықтар…</translation>
    </message>
    <message>
        <source>Exchange &amp;status…</source>
        <translation>Алмасу &amp;күйі…</translation>
    </message>
    <message>
        <source>&amp;Workstations…</source>
        <translation>&amp;Жұмыс орындары…</translation>
    </message>
    <message>
        <source>%1 · last answer from the bureau: %2 · referrals not yet at the bureau: %3</source>
        <translation>%1 · бюроның соңғы жауабы: %2 · бюроға әлі жетпеген жолдамалар: %3</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>Bureau · workstations: %1</source>
        <translation>Бюро · жұмыс орындары: %1</translation>
    </message>
    <message>
        <source>conflicts to review: %1</source>
        <translation>қаралатын қайшылықтар: %1</translation>
    </message>
    <message>
        <source>Join a bureau</source>
        <translation>Бюроға қосылу</translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol *.jenrol);;All files (*)</source>
        <translation>Тіркеу файлдары (*.enrol *.jenrol);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>This database is now %1 (%2) of %3. Its referral codes are its own from now on; send its work with File → Exchange → Send a package to the bureau.</source>
        <translation>Енді бұл дерекқор — «%3» бюросының %1 (%2). Бұдан былай оның жолдамаларының кодтары өзіндік; жұмысты Файл → Алмасу → Бюроға пакет жіберу арқылы жіберіңіз.</translation>
    </message>
    <message>
        <source>Send a package to the bureau</source>
        <translation>Бюроға пакет жіберу</translation>
    </message>
    <message>
        <source>Exchange packages (*.jpkg)</source>
        <translation>Алмасу пакеттері (*.jpkg)</translation>
    </message>
    <message>
        <source>The package %1 holds %2 change(s). Take it to the bureau on a USB stick, by e-mail or through a shared folder; it can be sent again without harm.</source>
        <translation>%1 пакетіндегі өзгерістер саны: %2. Оны бюроға флешкамен, электрондық поштамен немесе ортақ қалта арқылы жеткізіңіз; қайта жіберу ешнәрсеге зиян келтірмейді.</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Пакетті импорттау</translation>
    </message>
    <message>
        <source>Exchange packages (*.jpkg);;All files (*)</source>
        <translation>Алмасу пакеттері (*.jpkg);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>Алмасу қалтасы</translation>
    </message>
    <message>
        <source>Exchanged through %1: packages imported %2, left %3.</source>
        <translation>%1 арқылы алмасу: импортталған пакеттер — %2, қалдырылғаны — %3.</translation>
    </message>
</context>
<context>
    <name>ExchangeExport</name>
    <message>
        <source>This database has not joined a bureau, so there is nobody to send a package to. Join the bureau first with the file it gave you (exchange join FILE).</source>
        <translation>Бұл дерекқор бюроға қосылмаған, сондықтан пакетті жіберетін ешкім жоқ. Алдымен бюро берген файлмен бюроға қосылыңыз (exchange join FILE).</translation>
    </message>
    <message>
        <source>This database has no record of its bureau. Join the bureau again with its enrolment file.</source>
        <translation>Бұл дерекқорда өз бюросы туралы мәлімет жоқ. Тіркеу файлымен бюроға қайта қосылыңыз.</translation>
    </message>
    <message>
        <source>Only the bureau answers workstations, and this database is not a bureau: it has enrolled no workstation.</source>
        <translation>Жұмыс орындарына тек бюро жауап береді, ал бұл дерекқор бюро емес: онда бірде-бір жұмыс орны тіркелмеген.</translation>
    </message>
    <message>
        <source>No workstation &quot;%1&quot; is enrolled with this bureau. See the list with &quot;exchange workstations&quot;.</source>
        <translation>«%1» жұмыс орны бұл бюрода тіркелмеген. Тізімді «exchange workstations» командасымен қараңыз.</translation>
    </message>
    <message>
        <source>The workstation %1 is retired: it gets no answers.</source>
        <translation>%1 жұмыс орны жұмыстан шығарылған: оған жауап жасалмайды.</translation>
    </message>
</context>
<context>
    <name>ExchangeImport</name>
    <message>
        <source>waits for %1 %2, which has not arrived</source>
        <translation>әлі келмеген %1 %2 жазбасын күтуде</translation>
    </message>
    <message>
        <source>%1: an HTMC quota of %2 for %3 taken.</source>
        <translation>%1: %2 өңірінің %3 жылғы ЖТМҚ квотасы бөлінді.</translation>
    </message>
    <message>
        <source>%1: refused, no HTMC quota is left: %2</source>
        <translation>%1: бас тартылды, ЖТМҚ квотасы қалмады: %2</translation>
    </message>
    <message>
        <source>%1 was already the code of another referral here: the referral from %2 is now %3. Print its ticket again.</source>
        <translation>%1 коды мұнда басқа жолдамада бұрыннан бар еді: %2 жіберген жолдаманың коды енді %3. Оның талонын қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <source>the record written cannot be read back</source>
        <translation>жазылған жазбаны қайта оқу мүмкін емес</translation>
    </message>
    <message>
        <source>a workstation does not send &quot;%1&quot; records</source>
        <translation>жұмыс орны «%1» жазбаларын жібермейді</translation>
    </message>
    <message>
        <source>this database has no &quot;%1&quot; records yet: update Joldama here</source>
        <translation>бұл дерекқорда әлі «%1» жазбалары жоқ: мұндағы Joldama бағдарламасын жаңартыңыз</translation>
    </message>
    <message>
        <source>an earlier change of this record is parked</source>
        <translation>бұл жазбаның алдыңғы өзгерісі кейінге қалдырылған</translation>
    </message>
    <message>
        <source>the bureau does not send &quot;%1&quot; records</source>
        <translation>бюро «%1» жазбаларын жібермейді</translation>
    </message>
    <message>
        <source>The package %1 was not imported: %2</source>
        <translation>%1 пакеті импортталмады: %2</translation>
    </message>
    <message>
        <source>this database exchanges with no bureau. A workstation joins its bureau first (exchange join FILE); a bureau enrols its workstations (exchange enroll).</source>
        <translation>бұл дерекқор ешбір бюромен алмаспайды. Жұмыс орны алдымен өз бюросына қосылады (exchange join FILE); бюро өз жұмыс орындарын тіркейді (exchange enroll).</translation>
    </message>
    <message>
        <source>it belongs to another bureau&apos;s exchange, not to %1.</source>
        <translation>ол %1 емес, басқа бюроның алмасуына тиесілі.</translation>
    </message>
    <message>
        <source>this one</source>
        <translation>осы бюроның</translation>
    </message>
    <message>
        <source>it is the bureau&apos;s answer to a workstation; import it at that workstation.</source>
        <translation>бұл бюроның жұмыс орнына жауабы; оны сол жұмыс орнында импорттаңыз.</translation>
    </message>
    <message>
        <source>it is the bureau&apos;s answer to another workstation (%1), not to this one (%2).</source>
        <translation>бұл бюроның осы жұмыс орнына (%2) емес, басқа жұмыс орнына (%1) жауабы.</translation>
    </message>
    <message>
        <source>it is a workstation&apos;s package for the bureau; import it at the bureau.</source>
        <translation>бұл жұмыс орнының бюроға арналған пакеті; оны бюрода импорттаңыз.</translation>
    </message>
    <message>
        <source>it comes from a workstation this bureau never enrolled (%1).</source>
        <translation>ол бұл бюро тіркемеген жұмыс орнынан келген (%1).</translation>
    </message>
    <message>
        <source>the workstation %1 is retired; its packages are no longer taken.</source>
        <translation>%1 жұмыс орны жұмыстан шығарылған; оның пакеттері енді қабылданбайды.</translation>
    </message>
    <message>
        <source>it was made by a newer Joldama (database version %1). Update Joldama here, then import it again.</source>
        <translation>ол Joldama бағдарламасының жаңарақ нұсқасында жасалған (дерекқор нұсқасы %1). Мұндағы Joldama-ны жаңартып, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>the bureau</source>
        <translation>бюро</translation>
    </message>
    <message>
        <source>The package was made %1 minutes in this computer&apos;s future: one of the two clocks is wrong. Clocks decide nothing in the exchange, but dates typed there may be off.</source>
        <translation>Пакет осы компьютердің қазіргі уақытынан %1 минут кейін жасалған: екі компьютердің бірінде сағат дұрыс емес. Алмасуда сағат ештеңені шешпейді, бірақ онда енгізілген күндер қате болуы мүмкін.</translation>
    </message>
    <message>
        <source>changes %1 to %2 of %3 never arrived here. Import the earlier package first, or make a new package at %3.</source>
        <translation>%3 жіберген %1–%2 өзгерістері мұнда келмеген. Алдымен ертерек пакетті импорттаңыз немесе %3 жаңа пакет жасасын.</translation>
    </message>
    <message>
        <source>The bureau has seen referral numbers of this workstation above those it knows: new codes continue above them.</source>
        <translation>Бюро осы жұмыс орнының өзі білетіннен жоғары жолдама нөмірлерін көрген: жаңа кодтар солардан жоғары жалғасады.</translation>
    </message>
</context>
<context>
    <name>ExchangePackage</name>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <source>The file is not a Joldama exchange package.</source>
        <translation>Бұл Joldama алмасу пакеті емес.</translation>
    </message>
    <message>
        <source>The package was made by a newer Joldama. Update Joldama on this computer, then import it again.</source>
        <translation>Пакет Joldama бағдарламасының жаңарақ нұсқасында жасалған. Осы компьютердегі Joldama-ны жаңартып, пакетті қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>The package is incomplete or damaged (its checksum does not match): it was cut short or changed on the way. Ask for the package again.</source>
        <translation>Пакет толық емес немесе бүлінген (бақылау сомасы сәйкес емес): ол жеткізу кезінде қысқарған немесе өзгерген. Пакетті қайта сұраңыз.</translation>
    </message>
    <message>
        <source>The package&apos;s content does not follow the exchange format. Ask for the package again.</source>
        <translation>Пакеттің мазмұны алмасу пішіміне сәйкес емес. Пакетті қайта сұраңыз.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match the key of the workstation it claims to come from: it was signed with another key or altered. Nothing was imported.</source>
        <translation>Пакеттің қолтаңбасы ол келді делінген жұмыс орнының кілтіне сәйкес емес: ол басқа кілтпен қол қойылған немесе өзгертілген. Ештеңе импортталған жоқ.</translation>
    </message>
</context>
<context>
    <name>ExchangeReport</name>
    <message>
        <source>%1: this package was imported before; nothing changed (changes already applied: %2).</source>
        <translation>%1: бұл пакет бұрын импортталған; ештеңе өзгерген жоқ (бұрын қолданылған өзгерістер: %2).</translation>
    </message>
    <message>
        <source>%1: changes in the package: %2; applied %3, already applied %4, merged %5, in conflict %6, parked %7.</source>
        <translation>%1: пакеттегі өзгерістер: %2; қолданылды %3, бұрын қолданылған %4, біріктірілді %5, қайшылықта %6, кейінге қалдырылды %7.</translation>
    </message>
    <message>
        <source>Changes parked earlier and applied now: %1.</source>
        <translation>Бұрын кейінге қалдырылып, енді қолданылған өзгерістер: %1.</translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 жазу мүмкін емес: %2. Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2. Nothing was written; check the disk and try again.</source>
        <translation>%1 жазуды аяқтау мүмкін емес: %2. Ештеңе жазылған жоқ; дискіні тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <source>Give the workstation a name of up to 120 characters, for example the clinic&apos;s name.</source>
        <translation>Жұмыс орнына 120 таңбаға дейінгі атау беріңіз, мысалы емхананың атауын.</translation>
    </message>
    <message>
        <source>This database is a workstation of the bureau &quot;%1&quot;; only the bureau enrols workstations.</source>
        <translation>Бұл дерекқор — «%1» бюросының жұмыс орны; жұмыс орындарын тек бюро тіркейді.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation>«%1» — өңір емес. Өңірдің екі таңбалы ӘАОЖ кодын көрсетіңіз, мысалы, Астана үшін 71.</translation>
    </message>
    <message>
        <source>Bureau of Hospitalization</source>
        <translation>Емдеуге жатқызу бюросы</translation>
    </message>
    <message>
        <source>A workstation named &quot;%1&quot; is already enrolled (%2). To set up its computer again, issue its file anew (exchange enroll &quot;%1&quot; --again); otherwise choose another name.</source>
        <translation>«%1» атты жұмыс орны тіркелген (%2). Оның компьютерін қайта баптау үшін файлын қайта шығарыңыз (exchange enroll &quot;%1&quot; --again); әйтпесе басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>No workstation named &quot;%1&quot; is enrolled, so there is no file to issue again.</source>
        <translation>«%1» атты жұмыс орны тіркелмеген, сондықтан қайта шығаратын файл жоқ.</translation>
    </message>
    <message>
        <source>This bureau has enrolled as many workstations as referral codes allow.</source>
        <translation>Бұл бюро жолдама кодтары мүмкіндік беретін барлық жұмыс орындарын тіркеп қойған.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path.</source>
        <translation>%1 оқу мүмкін емес: %2. Жолды тексеріңіз.</translation>
    </message>
    <message>
        <source>This database is a bureau with enrolled workstations; a bureau does not join another.</source>
        <translation>Бұл дерекқор — жұмыс орындары тіркелген бюро; бюро басқа бюроға қосылмайды.</translation>
    </message>
    <message>
        <source>This database has already joined the bureau &quot;%1&quot; as %2. A database joins one bureau only; use a new database for another bureau.</source>
        <translation>Бұл дерекқор «%1» бюросына %2 ретінде қосылып қойған. Дерекқор тек бір бюроға қосылады; басқа бюро үшін жаңа дерекқор пайдаланыңыз.</translation>
    </message>
    <message>
        <source>This database has already joined the bureau &quot;%1&quot; as %2.</source>
        <translation>Бұл дерекқор «%1» бюросына %2 ретінде қосылып қойған.</translation>
    </message>
    <message>
        <source>No workstation &quot;%1&quot; is enrolled with this bureau.</source>
        <translation>«%1» жұмыс орны бұл бюрода тіркелмеген.</translation>
    </message>
    <message>
        <source>Say which workstation the answer is for (--to NAME).</source>
        <translation>Жауап қай жұмыс орнына арналғанын көрсетіңіз (--to NAME).</translation>
    </message>
    <message>
        <source>A workstation&apos;s package always goes to its bureau; leave out --to.</source>
        <translation>Жұмыс орнының пакеті әрдайым өз бюросына барады; --to көрсетпеңіз.</translation>
    </message>
    <message>
        <source>The exchange folder %1 does not exist. Create it or choose another.</source>
        <translation>%1 алмасу қалтасы жоқ. Оны жасаңыз немесе басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>This database exchanges with no bureau yet: join one, or enrol a workstation.</source>
        <translation>Бұл дерекқор әзірге ешбір бюромен алмаспайды: бюроға қосылыңыз немесе жұмыс орнын тіркеңіз.</translation>
    </message>
    <message>
        <source>There is no conflict number %1.</source>
        <translation>%1 нөмірлі қайшылық жоқ.</translation>
    </message>
</context>
<context>
    <name>ExchangeStatusDialog</name>
    <message>
        <source>Exchange status</source>
        <translation>Алмасу күйі</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>This workstation:</source>
        <translation>Бұл жұмыс орны:</translation>
    </message>
    <message>
        <source>%1 (%2) of %3</source>
        <translation>«%3» бюросының %1 (%2)</translation>
    </message>
    <message>
        <source>Last package sent:</source>
        <translation>Соңғы жіберілген пакет:</translation>
    </message>
    <message>
        <source>Last answer from the bureau:</source>
        <translation>Бюроның соңғы жауабы:</translation>
    </message>
    <message>
        <source>Changes the bureau has not acknowledged:</source>
        <translation>Бюро алғанын растамаған өзгерістер:</translation>
    </message>
    <message>
        <source>Conflicts to review:</source>
        <translation>Қаралатын қайшылықтар:</translation>
    </message>
    <message>
        <source>Every referral of this workstation has reached the bureau.</source>
        <translation>Осы жұмыс орнының барлық жолдамалары бюроға жетті.</translation>
    </message>
    <message>
        <source>Referrals that have not reached the bureau yet: %1. Until then they have no place in the bureau&apos;s waiting list.</source>
        <translation>Бюроға әлі жетпеген жолдамалар: %1. Оған дейін олардың бюроның күту парағында орны жоқ.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>HTMC quota</source>
        <translation>ЖТМҚ квотасы</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>әлі жіберілмеген</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>жіберілді, әзірге жауап жоқ</translation>
    </message>
    <message>
        <source>awaiting the bureau&apos;s confirmation</source>
        <translation>бюроның растауын күтуде</translation>
    </message>
    <message>
        <source>This database:</source>
        <translation>Бұл дерекқор:</translation>
    </message>
    <message>
        <source>the bureau &quot;%1&quot;</source>
        <translation>«%1» бюросы</translation>
    </message>
    <message>
        <source>Parked changes:</source>
        <translation>Кейінге қалдырылған өзгерістер:</translation>
    </message>
    <message>
        <source>Workstations: %1. Bureau → Workstations… enrols them and makes their answers.</source>
        <translation>Жұмыс орындары: %1. Бюро → Жұмыс орындары… мәзірінде оларды тіркеп, жауаптарын дайындайды.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Соңғы пакет</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Соңғы жауап</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>This database exchanges with nobody. A clinic joins its bureau with the enrolment file the bureau gave it (File → Exchange → Join a bureau…); a bureau enrols its workstations (Bureau → Workstations…).</source>
        <translation>Бұл дерекқор ешкіммен алмаспайды. Емхана өз бюросына бюро берген тіркеу файлымен қосылады (Файл → Алмасу → Бюроға қосылу…); бюро өз жұмыс орындарын тіркейді (Бюро → Жұмыс орындары…).</translation>
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
    <message>
        <source>Beds not saved</source>
        <translation>Төсек туралы мәлімет сақталмады</translation>
    </message>
    <message>
        <source>Bed reports: %1, %2</source>
        <translation>Төсек туралы мәліметтер: %1, %2</translation>
    </message>
    <message>
        <source>For the day</source>
        <translation>Мәлімет күні</translation>
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
        <source>Reported</source>
        <translation>Енгізілген уақыты</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Тарихы…</translation>
    </message>
    <message>
        <source>Print the free beds</source>
        <translation>Бос төсектерді басып шығару</translation>
    </message>
</context>
<context>
    <name>HospitalRegistryModel</name>
    <message>
        <source>A demo hospital shipped with Joldama: replace the registry with your own (File → Import → Hospital registry from CSV).</source>
        <translation>Joldama-мен бірге берілетін демонстрациялық медициналық ұйым: тізілімді өзіңіздің тізіліміңізбен алмастырыңыз (Файл → Импорттау → Медициналық ұйымдар тізілімі).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Bed profiles</source>
        <translation>Төсек бейіндері</translation>
    </message>
    <message>
        <source>Admits</source>
        <translation>Қабылдайды</translation>
    </message>
</context>
<context>
    <name>HospitalService</name>
    <message>
        <source>A hospital code is 4 Latin letters or digits, as in the referral codes (for example 7101).</source>
        <translation>Медициналық ұйымның коды — жолдама кодтарындағыдай 4 латын әрпі немесе цифр (мысалы, 7101).</translation>
    </message>
    <message>
        <source>Enter the hospital&apos;s name.</source>
        <translation>Медициналық ұйымның атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code or its name.</source>
        <translation>«%1» — өңір емес. Өңірдің екі таңбалы ӘАОЖ кодын немесе атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The code %1 already belongs to %2.</source>
        <translation>%1 коды басқа медициналық ұйымға берілген: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bed profile.</source>
        <translation>«%1» — төсек бейіні емес.</translation>
    </message>
    <message>
        <source>The first line must name at least the columns code, name and region_code; address, phone, kind, active and profiles may follow.</source>
        <translation>Бірінші жолда кемінде code, name және region_code бағандары болуы керек; олардан кейін address, phone, kind, active және profiles болуы мүмкін.</translation>
    </message>
    <message>
        <source>The first line must name the columns hospital_code, profile_code, date, total and occupied; reserved and care_form may follow.</source>
        <translation>Бірінші жолда hospital_code, profile_code, date, total және occupied бағандары болуы керек; олардан кейін reserved және care_form болуы мүмкін.</translation>
    </message>
    <message>
        <source>no hospital has the code &quot;%1&quot;</source>
        <translation>«%1» коды бар медициналық ұйым жоқ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bed profile</source>
        <translation>«%1» — төсек бейіні емес</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not YYYY-MM-DD</source>
        <translation>«%1» күні ЖЖЖЖ-АА-КК пішімінде емес</translation>
    </message>
    <message>
        <source>bed numbers must be whole numbers, not negative</source>
        <translation>төсек саны теріс емес бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>occupied and reserved beds exceed the total</source>
        <translation>бос емес және сақталған төсектер жалпы саннан асып кетті</translation>
    </message>
    <message>
        <source>a bed number is out of range: a hospital has at most %1 beds in one profile</source>
        <translation>төсек саны рұқсат етілген шектен тыс: аурухананың бір бейінінде ең көбі %1 төсек болады</translation>
    </message>
</context>
<context>
    <name>HospitalsPage</name>
    <message>
        <source>Hospital not saved</source>
        <translation>Медициналық ұйым сақталмады</translation>
    </message>
    <message numerus="yes">
        <source>%n hospital(s)</source>
        <translation>
            <numerusform>%n медициналық ұйым</numerusform>
            <numerusform>%n медициналық ұйым</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a hospital</source>
        <translation>Жаңа медициналық ұйым</translation>
    </message>
    <message>
        <source>4 letters or digits, as in referral codes</source>
        <translation>жолдама кодтарындағыдай 4 латын әрпі немесе цифр</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Коды:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ө&amp;ңір:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>The code %1 is already in the registry.</source>
        <translation>%1 коды тізілімде бұрыннан бар.</translation>
    </message>
    <message>
        <source>Bed profiles of %1</source>
        <translation>Төсек бейіндері: %1</translation>
    </message>
    <message>
        <source>Tick the profiles this hospital admits planned patients to:</source>
        <translation>Осы медициналық ұйым жоспарлы пациенттерді қабылдайтын бейіндерді белгілеңіз:</translation>
    </message>
    <message>
        <source>Profiles not saved</source>
        <translation>Бейіндер сақталмады</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Медициналық ұйымдар</translation>
    </message>
    <message>
        <source>Filter by name, code, region or address</source>
        <translation>Атауы, коды, өңірі немесе мекенжайы бойынша іріктеу</translation>
    </message>
    <message>
        <source>&amp;Add hospital…</source>
        <translation>Медициналық ұйым &amp;қосу…</translation>
    </message>
    <message>
        <source>Bed &amp;profiles…</source>
        <translation>Төсек &amp;бейіндері…</translation>
    </message>
    <message>
        <source>Print the hospital registry</source>
        <translation>Медициналық ұйымдар тізілімін басып шығару</translation>
    </message>
</context>
<context>
    <name>IcdCode</name>
    <message>
        <source>Enter the diagnosis: an ICD-10 code such as I25.1, or start typing its name.</source>
        <translation>Диагнозды енгізіңіз: АХЖ-10 кодын, мысалы, I25.1, немесе оның атауын тере бастаңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10 code. A code is a Latin letter and two digits, with an optional part after a dot: I25, I25.1, M17.11.</source>
        <translation>«%1» — АХЖ-10 коды емес. Код латын әрпі мен екі цифрдан тұрады, нүктеден кейін нақтылайтын бөлігі болуы мүмкін: I25, I25.1, M17.11.</translation>
    </message>
</context>
<context>
    <name>Iin</name>
    <message>
        <source>Enter the patient&apos;s IIN: 12 digits from the identity document.</source>
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
    <message>
        <source>The import was cancelled: nothing was imported, and the database is as it was before it.</source>
        <translation>Импорт тоқтатылды: ештеңе импортталмады, дерекқор импортқа дейінгі күйінде қалды.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… және тағы %n жол.</numerusform>
            <numerusform>… және тағы %n жол.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListScrollBar</name>
    <message>
        <source>Position in the list</source>
        <translation>Тізімдегі орны</translation>
    </message>
</context>
<context>
    <name>ListingPrintout</name>
    <message>
        <source>The list has more than %1 rows. Narrow it with the search or a filter, then print it.</source>
        <translation>Тізімде %1 жолдан көп. Оны іздеу немесе іріктеу арқылы тарылтып, содан кейін басып шығарыңыз.</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>&amp;Open the referral…</source>
        <translation>Жолдаманы &amp;ашу…</translation>
    </message>
    <message>
        <source>Show the &amp;waiting list</source>
        <translation>&amp;Күту парағын көрсету</translation>
    </message>
    <message>
        <source>Where is the patient in the queue?</source>
        <translation>Пациент кезекте нешінші орында?</translation>
    </message>
    <message>
        <source>Referral code, e.g. 71.7101.CAR.1F — type it or scan the ticket</source>
        <translation>Жолдама коды, мысалы, 71.7101.CAR.1F — оны теріңіз немесе талонды сканерлеңіз</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
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
        <source>Place in the waiting list</source>
        <translation>Күту парағындағы орны</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>(барлығы %1)</translation>
    </message>
    <message>
        <source>Confirmed admission day</source>
        <translation>Емдеуге жатқызудың расталған күні</translation>
    </message>
    <message>
        <source>Preliminary date</source>
        <translation>Болжамды күні</translation>
    </message>
    <message>
        <source>not in a waiting list now</source>
        <translation>қазір күту парағында жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%1 (valid %n day(s) from issue)</source>
        <translation>
            <numerusform>%1 (берілген күннен бастап %n күн жарамды)</numerusform>
            <numerusform>%1 (берілген күннен бастап %n күн жарамды)</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Бірге алып келу қажет құжаттар</translation>
    </message>
    <message>
        <source>Regional bureau</source>
        <translation>Өңірлік бюро</translation>
    </message>
    <message>
        <source>number not published</source>
        <translation>нөмір жарияланбаған</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <message>
        <source>Where am I? Referral code (Ctrl+L)</source>
        <translation>Кезектегі орын: жолдама коды (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Look up a referral code</source>
        <translation>Жолдама коды бойынша &amp;кезекті тексеру</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>&amp;Patients from CSV…</source>
        <translation>&amp;Пациенттер (CSV файлынан)…</translation>
    </message>
    <message>
        <source>&amp;Hospital registry from CSV…</source>
        <translation>&amp;Медициналық ұйымдар тізілімі (CSV файлынан)…</translation>
    </message>
    <message>
        <source>&amp;Bed reports from CSV…</source>
        <translation>&amp;Төсек туралы мәліметтер (CSV файлынан)…</translation>
    </message>
    <message>
        <source>ICD-10 &amp;dictionary from CSV…</source>
        <translation>АХЖ-10 &amp;анықтамалығы (CSV файлынан)…</translation>
    </message>
    <message>
        <source>&amp;Bureau</source>
        <translation>&amp;Бюро</translation>
    </message>
    <message>
        <source>Working &amp;calendar…</source>
        <translation>Жұмыс &amp;күнтізбесі…</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Пациенттерді импорттау</translation>
    </message>
    <message>
        <source>Import the hospital registry</source>
        <translation>Медициналық ұйымдар тізілімін импорттау</translation>
    </message>
    <message>
        <source>Import bed reports</source>
        <translation>Төсек туралы мәліметтерді импорттау</translation>
    </message>
    <message>
        <source>Import the ICD-10 dictionary</source>
        <translation>АХЖ-10 анықтамалығын импорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 файлын оқу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>Bureau &amp;details…</source>
        <translation>Бюро туралы &amp;мәліметтер…</translation>
    </message>
    <message>
        <source>Reference &amp;lists…</source>
        <translation>&amp;Анықтамалықтар…</translation>
    </message>
    <message>
        <source>Open data: &amp;referrals…</source>
        <translation>Ашық деректер: &amp;жолдамалар…</translation>
    </message>
    <message>
        <source>Open data: &amp;waiting list…</source>
        <translation>Ашық деректер: &amp;күту парағы…</translation>
    </message>
    <message>
        <source>Import the open data: referrals</source>
        <translation>Ашық деректерді импорттау: жолдамалар</translation>
    </message>
    <message>
        <source>Import the open data: waiting list</source>
        <translation>Ашық деректерді импорттау: күту парағы</translation>
    </message>
    <message>
        <source>Nothing was imported: the database is as it was before the import.</source>
        <translation>Ештеңе импортталмады: дерекқор импортқа дейінгі күйінде қалды.</translation>
    </message>
    <message>
        <source>Bureau of Hospitalization</source>
        <translation>Емдеуге жатқызу бюросы</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Өту: %1</translation>
    </message>
    <message>
        <source>Pass to the &amp;table</source>
        <translation>&amp;Кестеге өту</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>Пайдаланушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>%1
File → Open database… works on another database.</source>
        <translation>%1
Басқа дерекқорды «Файл → Дерекқорды ашу…» тармағы ашады.</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <source>&lt;b&gt;First steps.&lt;/b&gt; 1. Enter the bureau&apos;s name and region: they head every printout. 2. Import the hospital registry of your region (the database comes with a demo set, marked as such). 3. Register patients and referrals: Ctrl+N, Ctrl+R. F1 opens the user guide.</source>
        <translation>&lt;b&gt;Неден бастау керек.&lt;/b&gt; 1. Бюроның атауы мен өңірін енгізіңіз: олар әр құжаттың басында басылады. 2. Өңіріңіздің медициналық ұйымдар тізілімін импорттаңыз (дерекқорда белгіленген демонстрациялық жинақ бар). 3. Пациенттер мен жолдамаларды тіркеңіз: Ctrl+N, Ctrl+R. F1 пайдаланушы нұсқаулығын ашады.</translation>
    </message>
    <message>
        <source>&amp;Import hospitals…</source>
        <translation>Медициналық ұйымдарды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>This database is read-only for you: you can view, find and look up codes, but not save. Ask the administrator for write access, or use File → Open database….</source>
        <translation>Бұл дерекқор сіз үшін тек оқуға ашық: қарауға, іздеуге және кодтарды тексеруге болады, бірақ сақтауға болмайды. Әкімшіден жазу құқығын сұраңыз немесе басқа дерекқорды ашыңыз: «Файл → Дерекқорды ашу…».</translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation>%1 (тек оқу)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) report beds for days far from today (the first: line %1, %2). Are those dates right? Yes imports the file as it is.</source>
        <translation>
            <numerusform>%n жол бүгіннен алыс күндердегі төсектер туралы хабарлайды (біріншісі: %1-жол, %2). Бұл күндер дұрыс па? «Иә» файлды сол күйінде импорттайды.</numerusform>
            <numerusform>%n жол бүгіннен алыс күндердегі төсектер туралы хабарлайды (біріншісі: %1-жол, %2). Бұл күндер дұрыс па? «Иә» файлды сол күйінде импорттайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server answers</source>
        <translation>Сервер байланыста</translation>
    </message>
    <message>
        <source>Changes made at other workstations appear here by themselves.</source>
        <translation>Басқа жұмыс орындарында енгізілген өзгерістер мұнда өздігінен көрінеді.</translation>
    </message>
    <message>
        <source>Server does not answer</source>
        <translation>Сервер жауап бермейді</translation>
    </message>
    <message>
        <source>Nothing can be saved until the server answers again; Joldama keeps trying and refreshes every list when it is back.</source>
        <translation>Сервер қайта жауап бергенше ештеңе сақталмайды. Joldama әрекетін жалғастырады және байланыс қалпына келгенде барлық тізімді жаңартады.</translation>
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
    <message>
        <source>The database %1 is read-only for you and was written by an older Joldama: it must be updated before this program can show it, and that needs write access. Ask the administrator for write access, or open a copy you may write.</source>
        <translation>%1 дерекқоры сіз үшін тек оқуға ғана қолжетімді және оны Joldama-ның ескі нұсқасы жазған: бұл бағдарлама оны көрсетпес бұрын дерекқорды жаңарту керек, ал ол үшін жазуға рұқсат қажет. Әкімшіден жазуға рұқсат сұраңыз немесе өзіңіз жаза алатын көшірмені ашыңыз.</translation>
    </message>
</context>
<context>
    <name>OpenDataImportDialog</name>
    <message>
        <source>Importing %1</source>
        <translation>%1 файлы импортталуда</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read so far.</source>
        <translation>
            <numerusform>Әзірге %n жол оқылды.</numerusform>
            <numerusform>Әзірге %n жол оқылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: nothing of this file will be kept…</source>
        <translation>Болдырмау: бұл файлдан ештеңе сақталмайды…</translation>
    </message>
</context>
<context>
    <name>OpenDataImportJob</name>
    <message>
        <source>Cannot read %1: %2. Check the file and try again.</source>
        <translation>%1 файлын оқу мүмкін емес: %2. Файлды тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>OpenDataService</name>
    <message>
        <source>This is not the Bureau&apos;s open-data %1 file: the first line must name the columns %2.</source>
        <translation>Бұл Емдеуге жатқызу бюросының ашық деректер файлы (%1) емес: бірінші жолда %2 бағандарының атаулары болуы керек.</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>жолдамалар</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>күту парағы</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>өрістер саны: %2 орнына %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hospitalization code of the form RR.MMMM.PPP.N</source>
        <translation>«%1» — RR.MMMM.PPP.N түріндегі емдеуге жатқызу коды емес</translation>
    </message>
    <message>
        <source>the region %1 of code %2 is not a KATO region</source>
        <translation>%2 кодындағы %1 өңір коды ӘАОЖ-да жоқ</translation>
    </message>
    <message>
        <source>the registration date &quot;%1&quot; cannot be read</source>
        <translation>«%1» тіркелу күнін оқу мүмкін емес</translation>
    </message>
    <message>
        <source>The file could not be read a second time.</source>
        <translation>Файлды қайта оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported. Nothing was saved; import it again once it is complete.</source>
        <translation>Импорттау кезінде файл өзгерді. Ештеңе сақталған жоқ; файл толық дайын болғанда, оны қайта импорттаңыз.</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>A Joldama database file (.sqlite) on this computer</source>
        <translation>Осы компьютердегі Joldama дерекқорының файлы (.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Opened before:</source>
        <translation>&amp;Бұрын ашылғандар:</translation>
    </message>
    <message>
        <source>Keep the file on a local disk, not a network folder. A file that does not exist yet becomes a new, empty database.</source>
        <translation>Файлды желілік қалтада емес, жергілікті дискіде сақтаңыз. Файл әлі жоқ болса, жаңа бос дерекқор құрылады.</translation>
    </message>
    <message>
        <source>File on this computer</source>
        <translation>Осы компьютердегі файл</translation>
    </message>
    <message>
        <source>Joldama databases (*.sqlite *.db);;All files (*)</source>
        <translation>Joldama дерекқорлары (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose a database file, or type where to create one.</source>
        <translation>Дерекқор файлын таңдаңыз немесе жаңасын қай жерде құру керектігін көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file in it, for example joldama.sqlite.</source>
        <translation>%1 — бұл қалта. Ондағы файлды таңдаңыз, мысалы joldama.sqlite.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, for example bureau-server</source>
        <translation>Сервердің атауы немесе мекенжайы, мысалы bureau-server</translation>
    </message>
    <message>
        <source>Asked at every connection; empty if kept in ~/.pgpass</source>
        <translation>Әр қосылған сайын сұралады; ~/.pgpass файлында сақталса, бос қалдырыңыз</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>Сервер ұсынса (prefer)</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>Міндетті (require)</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked (verify-ca)</source>
        <translation>Міндетті, сервер сертификаты тексеріледі (verify-ca)</translation>
    </message>
    <message>
        <source>Required, with the certificate and the server&apos;s name checked (verify-full)</source>
        <translation>Міндетті, сертификат пен сервер атауы тексеріледі (verify-full)</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Өшірулі (disable)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Дерекқор:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Шифрлау (TLS):</translation>
    </message>
    <message>
        <source>&amp;Connected before:</source>
        <translation>&amp;Бұрын қосылғандар:</translation>
    </message>
    <message>
        <source>A bureau&apos;s shared database: the administrator gives the server&apos;s name, the database and your user name. The password is never remembered.</source>
        <translation>Бюроның ортақ дерекқоры: сервердің атауын, дерекқорды және пайдаланушы атыңызды әкімші береді. Құпиясөз ешқашан есте сақталмайды.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address; the administrator knows it.</source>
        <translation>Сервердің атауын немесе мекенжайын енгізіңіз; оны әкімші біледі.</translation>
    </message>
    <message>
        <source>Type the name of the database on the server, for example joldama.</source>
        <translation>Сервердегі дерекқордың атауын енгізіңіз, мысалы joldama.</translation>
    </message>
    <message>
        <source>Type your user name on the server; the administrator gives it.</source>
        <translation>Сервердегі пайдаланушы атыңызды енгізіңіз; оны әкімші береді.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Қосылуда: %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ашылуда: %1…</translation>
    </message>
</context>
<context>
    <name>OperationsActions</name>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>Дерекқордың &amp;сақтық көшірмесін жасау…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>&amp;Автоматты сақтық көшірмелер…</translation>
    </message>
    <message>
        <source>Report a &amp;problem…</source>
        <translation>&amp;Мәселе туралы хабарлау…</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up on its server by the administrator.</source>
        <translation>Ортақ PostgreSQL дерекқорының сақтық көшірмесін әкімші оның серверінде жасайды.</translation>
    </message>
    <message>
        <source>Making the daily backup…</source>
        <translation>Күнделікті сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <source>No backup of this database yet</source>
        <translation>Бұл дерекқордың сақтық көшірмесі әлі жоқ</translation>
    </message>
    <message>
        <source>Last good backup: %1 — more than two days ago</source>
        <translation>Соңғы жарамды сақтық көшірме: %1 — екі күннен бұрын</translation>
    </message>
    <message>
        <source>Last good backup: %1</source>
        <translation>Соңғы жарамды сақтық көшірме: %1</translation>
    </message>
    <message>
        <source>File → Back up the database… makes one now.</source>
        <translation>Оны қазір жасау: Файл → Дерекқордың сақтық көшірмесін жасау…</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>The last automatic backup failed: %1</source>
        <translation>Соңғы автоматты сақтық көшірме жасалмады: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматты сақтық көшірме жасалмады: %1</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Дерекқордың сақтық көшірмесі</translation>
    </message>
    <message>
        <source>Joldama backups (*.sqlite);;All files (*)</source>
        <translation>Joldama сақтық көшірмелері (*.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Copying the database and checking the copy. Everyone can go on working.</source>
        <translation>Дерекқор көшіріліп, көшірме тексерілуде. Барлығы жұмысын жалғастыра алады.</translation>
    </message>
    <message>
        <source>The backup %1 was made and checked: %2 referrals, %3 patients.
SHA-256: %4

Keep a copy away from this computer, inside Kazakhstan.</source>
        <translation>%1 сақтық көшірмесі жасалып, тексерілді: жолдамалар — %2, пациенттер — %3.
SHA-256: %4

Көшірмені осы компьютерден бөлек, Қазақстан аумағында сақтаңыз.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Checking the backup %1…</source>
        <translation>%1 сақтық көшірмесі тексерілуде…</translation>
    </message>
    <message>
        <source>This backup cannot be restored:
%1

Nothing was changed.</source>
        <translation>Бұл сақтық көшірмені қалпына келтіру мүмкін емес:
%1

Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Joldama. Install it to restore the backup. Nothing was changed.</source>
        <translation>Бұл сақтық көшірме Joldama-ның жаңарақ нұсқасымен жасалған. Оны қалпына келтіру үшін сол нұсқаны орнатыңыз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Replace the whole database with the backup made %1 (%2 referrals, %3 patients)?

Everything saved since then will be gone from the database; it stays in a safety copy of the database as it is now. Joldama closes this window, restores the backup and opens again. Close Joldama on every other workstation that uses this database first.</source>
        <translation>Бүкіл дерекқорды %1 жасалған сақтық көшірмемен ауыстыру керек пе (жолдамалар — %2, пациенттер — %3)?

Одан кейін сақталғанның бәрі дерекқордан жойылады, бірақ дерекқордың қазіргі күйіндегі қорғаныш көшірмесінде қалады. Joldama осы терезені жауып, сақтық көшірмені қалпына келтіреді де, қайта ашылады. Алдымен осы дерекқорды пайдаланатын басқа жұмыс орындарының бәрінде Joldama-ны жабыңыз.</translation>
    </message>
    <message>
        <source>Restoring the backup %1…</source>
        <translation>%1 сақтық көшірмесі қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>The database was restored from the backup made %1.</source>
        <translation>Дерекқор %1 жасалған сақтық көшірмеден қалпына келтірілді.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1.</source>
        <translation>Дерекқордың бұрынғы күйі мына жерде сақталды: %1.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The printer or the file cannot be written to. Check the printer, or choose another file.</source>
        <translation>Принтерге шығару немесе файлға жазу мүмкін емес. Принтерді тексеріңіз немесе басқа файлды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>%1 үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <source>The account gets this password and its lock after wrong passwords is lifted. Tell the new password to the person in private.</source>
        <translation>Есептік жазбаға осы құпиясөз беріледі, ал қате құпиясөздерден кейінгі құлып алынады. Жаңа құпиясөзді қызметкерге оңаша айтыңыз.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Құпиясөзді &amp;қайталаңыз:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation>Криптографиялық кітапхананы (libsodium) іске қосу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password (%1 MiB needed). Close other programs and try again.</source>
        <translation>Құпиясөзді қорғауға жад жетпейді (%1 МиБ қажет). Басқа бағдарламаларды жауып, қайталап көріңіз.</translation>
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
    <message>
        <source>The last name has %1 characters; at most %2 fit. Check that nothing else was pasted with it.</source>
        <translation>Тегінде %1 таңба бар; ең көбі %2 таңба сияды. Онымен бірге басқа бірдеңе қойылып кетпегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The first name has %1 characters; at most %2 fit. Check that nothing else was pasted with it.</source>
        <translation>Атында %1 таңба бар; ең көбі %2 таңба сияды. Онымен бірге басқа бірдеңе қойылып кетпегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The middle name has %1 characters; at most %2 fit. Check that nothing else was pasted with it.</source>
        <translation>Әкесінің атында %1 таңба бар; ең көбі %2 таңба сияды. Онымен бірге басқа бірдеңе қойылып кетпегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The address has %1 characters; at most %2 fit.</source>
        <translation>Мекенжайда %1 таңба бар; ең көбі %2 таңба сияды.</translation>
    </message>
    <message>
        <source>The clinic&apos;s name has %1 characters; at most %2 fit.</source>
        <translation>Емхана атауында %1 таңба бар; ең көбі %2 таңба сияды.</translation>
    </message>
</context>
<context>
    <name>PatientService</name>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
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
        <source>Unknown column &quot;%1&quot;. Known columns: %2.</source>
        <translation>«%1» бағаны белгісіз. Рұқсат етілген бағандар: %2.</translation>
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
    <message>
        <source>This referrals export names no patients by their parts (last_name, first_name): it was written by an older Joldama. Export the patients (joldama-cli export patients) and import that file.</source>
        <translation>Бұл жолдамалар экспортында пациенттердің аты-жөні бөліктерімен (last_name, first_name) жоқ: оны Joldama-ның ескірек нұсқасы жазған. Пациенттерді экспорттап (joldama-cli export patients), сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>The file is not the JSON Joldama exports (an array of records): %1 at byte %2.</source>
        <translation>Файл Joldama экспорттайтын JSON емес (жазбалар жиымы): %2-байтта %1.</translation>
    </message>
    <message>
        <source>the birth date %1 does not agree with the IIN, which gives %2</source>
        <translation>туған күні %1 ЖСН-ге сәйкес емес, ЖСН бойынша %2</translation>
    </message>
    <message>
        <source>the sex &quot;%1&quot; does not agree with the IIN, which gives %2</source>
        <translation>«%1» жынысы ЖСН-ге сәйкес емес, ЖСН бойынша %2</translation>
    </message>
    <message>
        <source>No patient with IIN %1 is registered. Register the patient first.</source>
        <translation>ЖСН-і %1 пациент тіркелмеген. Алдымен пациентті тіркеңіз.</translation>
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
    <message>
        <source>Print the list of patients</source>
        <translation>Пациенттер тізімін басып шығару</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder or file name.</source>
        <translation>%1 файлын жазу мүмкін емес: %2. Басқа қалтаны немесе басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2. Nothing was saved; check the free space and try again.</source>
        <translation>%1 файлын жазуды аяқтау мүмкін емес: %2. Ештеңе сақталған жоқ; дискіде бос орын жеткілікті екенін тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;Соңы (қоса алғанда):</translation>
    </message>
    <message>
        <source>The period ends before it begins: the last day must be on or after %1.</source>
        <translation>Кезең басталмай тұрып аяқталады: соңғы күн %1 күнінен ерте болмауы керек.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>seeing patients&apos; records</source>
        <translation>пациенттердің деректерін қарау</translation>
    </message>
    <message>
        <source>registering and correcting patients</source>
        <translation>пациенттерді тіркеу және деректерін түзету</translation>
    </message>
    <message>
        <source>seeing referrals</source>
        <translation>жолдамаларды қарау</translation>
    </message>
    <message>
        <source>registering referrals and recording their course</source>
        <translation>жолдамаларды тіркеу және олардың барысын белгілеу</translation>
    </message>
    <message>
        <source>cancelling referrals</source>
        <translation>жолдамалардың күшін жою</translation>
    </message>
    <message>
        <source>admitting a patient without valid documents</source>
        <translation>жарамды құжаттарсыз емдеуге жатқызу</translation>
    </message>
    <message>
        <source>looking up a referral by its code</source>
        <translation>жолдаманы коды бойынша іздеу</translation>
    </message>
    <message>
        <source>seeing waiting lists with patients&apos; names</source>
        <translation>пациенттердің аты-жөні бар күту парақтарын қарау</translation>
    </message>
    <message>
        <source>seeing the bureau&apos;s lists</source>
        <translation>бюро тізімдерін қарау</translation>
    </message>
    <message>
        <source>printing referral tickets</source>
        <translation>жолдама талондарын басып шығару</translation>
    </message>
    <message>
        <source>printing public lists</source>
        <translation>жария тізімдерді басып шығару</translation>
    </message>
    <message>
        <source>printing lists with patients&apos; names</source>
        <translation>пациенттердің аты-жөні бар тізімдерді басып шығару</translation>
    </message>
    <message>
        <source>exporting patients and referrals</source>
        <translation>пациенттер мен жолдамаларды экспорттау</translation>
    </message>
    <message>
        <source>importing files</source>
        <translation>файлдарды импорттау</translation>
    </message>
    <message>
        <source>changing quotas</source>
        <translation>квоталарды өзгерту</translation>
    </message>
    <message>
        <source>changing reference lists</source>
        <translation>анықтамалықтарды өзгерту</translation>
    </message>
    <message>
        <source>recording hospital beds</source>
        <translation>төсек қорын есепке алу</translation>
    </message>
    <message>
        <source>changing the regional bureaus&apos; contacts</source>
        <translation>өңірлік бюролардың байланыс деректерін өзгерту</translation>
    </message>
    <message>
        <source>recording applications for treatment abroad</source>
        <translation>шетелде емделуге өтінімдерді ресімдеу</translation>
    </message>
    <message>
        <source>recording the commission&apos;s decisions</source>
        <translation>комиссия шешімдерін енгізу</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>аудит журналын оқу</translation>
    </message>
    <message>
        <source>checking the audit log</source>
        <translation>аудит журналын тексеру</translation>
    </message>
    <message>
        <source>managing user accounts</source>
        <translation>есептік жазбаларды басқару</translation>
    </message>
    <message>
        <source>changing the bureau&apos;s settings</source>
        <translation>бюро баптауларын өзгерту</translation>
    </message>
    <message>
        <source>backing up and restoring the database</source>
        <translation>дерекқордың сақтық көшірмесін жасау және қалпына келтіру</translation>
    </message>
    <message>
        <source>filling the database with demo data</source>
        <translation>дерекқорды демо-деректермен толтыру</translation>
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
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Print the list or waiting list on screen, as filtered and sorted (Ctrl+P)</source>
        <translation>Экрандағы тізімді немесе күту парағын іріктеу мен сұрыптауды сақтай отырып басып шығару (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save the list on screen as a PDF file</source>
        <translation>Экрандағы тізімді PDF файлы ретінде сақтау</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Басып шығаратын ештеңе жоқ</translation>
    </message>
    <message>
        <source>This page has no printable version. Open a list, a waiting list or a referral to print it.</source>
        <translation>Бұл беттің басып шығаруға арналған нұсқасы жоқ. Басып шығару үшін тізімді, күту парағын немесе жолдаманы ашыңыз.</translation>
    </message>
    <message>
        <source>Refusal &amp;journal…</source>
        <translation>Бас тартулар &amp;журналы…</translation>
    </message>
    <message>
        <source>Print the hospitals&apos; refusals of a period, with the patients and the reasons</source>
        <translation>Медициналық ұйымдардың кезеңдегі бас тартуларын пациенттер мен себептерімен басып шығару</translation>
    </message>
    <message>
        <source>Refusal journal</source>
        <translation>Бас тартулар журналы</translation>
    </message>
    <message>
        <source>Print the refusal journal</source>
        <translation>Бас тартулар журналын басып шығару</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (148 × 210 мм)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Қағаз:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Бағдары:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Жиектер:</translation>
    </message>
    <message>
        <source>Printout &amp;language:</source>
        <translation>Басып шығару &amp;тілі:</translation>
    </message>
    <message>
        <source>Public: referral codes and dates only, for the notice board</source>
        <translation>Жалпыға ашық: тек жолдама кодтары мен күндер, ақпараттық стенд үшін</translation>
    </message>
    <message>
        <source>Internal: with patients&apos; names and IIN, for the bureau</source>
        <translation>Қызметтік: пациенттердің аты-жөні мен ЖСН-і көрсетілген, бюро үшін</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Нұсқасы:</translation>
    </message>
    <message>
        <source>The printout&apos;s language does not change the language of the window.</source>
        <translation>Басып шығару тілі бағдарлама терезесінің тілін өзгертпейді.</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>Hospital profiles without a bed report, not listed: %1.</source>
        <translation>Төсектер туралы мәліметі жоқ медициналық ұйым бейіндері (тізімге енгізілмеген): %1.</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>Бос төсектер</translation>
    </message>
    <message>
        <source>Today %1, tomorrow %2, the day after %3</source>
        <translation>Бүгін %1, ертең %2, бүрсігүні %3</translation>
    </message>
    <message>
        <source>Free beds are the beds of the latest report for the day, less the occupied and the reserved ones. A dash: the hospital has not reported its beds.</source>
        <translation>Бос төсектер — күн бойынша соңғы мәліметтегі төсектер саны, одан бос емес және сақталған төсектер шегеріледі. Сызықша медициналық ұйымның төсектер туралы мәлімет бермегенін білдіреді.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
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
        <source>Free today</source>
        <translation>Бүгін бос</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Ертең</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Бүрсігүні</translation>
    </message>
    <message>
        <source>Report of</source>
        <translation>Мәлімет күні</translation>
    </message>
    <message>
        <source>No hospital admits planned patients here.</source>
        <translation>Мұнда жоспарлы пациенттерді қабылдайтын медициналық ұйым жоқ.</translation>
    </message>
    <message>
        <source>%1 — free today: %2</source>
        <translation>%1 — бүгін бос: %2</translation>
    </message>
    <message>
        <source>Free beds in all: today %1, tomorrow %2, the day after %3.</source>
        <translation>Барлық бос төсектер: бүгін %1, ертең %2, бүрсігүні %3.</translation>
    </message>
    <message>
        <source>Bureau of Hospitalization</source>
        <translation>Емдеуге жатқызу бюросы</translation>
    </message>
    <message>
        <source>tel. %1</source>
        <translation>тел. %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1-бет, барлығы %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Басып шығарылды: %1</translation>
    </message>
    <message>
        <source>Telephones of the regional bureaus of hospitalization</source>
        <translation>Өңірлік емдеуге жатқызу бюроларының телефондары</translation>
    </message>
    <message>
        <source>To call from anywhere in Kazakhstan: 8, the area code in brackets, then the number.</source>
        <translation>Қазақстанның кез келген жерінен қоңырау шалу үшін 8, жақшада көрсетілген қала кодын, содан кейін нөмірді теріңіз.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Жаңартылған күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>No telephone matches.</source>
        <translation>Сәйкес келетін телефон жоқ.</translation>
    </message>
    <message>
        <source>8 (%1) — number not published</source>
        <translation>8 (%1) — нөмір жарияланбаған</translation>
    </message>
    <message>
        <source>Bureaus listed: %1, with a published number: %2.</source>
        <translation>Тізімдегі бюролар: %1, оның ішінде нөмірі жарияланғандары: %2.</translation>
    </message>
    <message>
        <source>Hospitals admitting planned patients</source>
        <translation>Жоспарлы пациенттерді қабылдайтын медициналық ұйымдар</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Bed profiles</source>
        <translation>Төсек бейіндері</translation>
    </message>
    <message>
        <source>Admits</source>
        <translation>Қабылдайды</translation>
    </message>
    <message>
        <source>No hospital matches.</source>
        <translation>Сәйкес келетін медициналық ұйым жоқ.</translation>
    </message>
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
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Hospital code</source>
        <translation>МҰ коды</translation>
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
        <source>Diagnosis</source>
        <translation>Диагноз</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Тіркелген емхана</translation>
    </message>
    <message>
        <source>Insured (OSMS)</source>
        <translation>Сақтандырылған (МӘМС)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>толық</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>толық емес</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Waiting list (internal)</source>
        <translation>Күту парағы (қызметтік)</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Күту парағы</translation>
    </message>
    <message>
        <source>Bed profile: %1 (%2)</source>
        <translation>Төсек бейіні: %1 (%2)</translation>
    </message>
    <message>
        <source>As of %1: %2 in the waiting list</source>
        <translation>%1 жағдай бойынша күту парағында: %2</translation>
    </message>
    <message>
        <source>For the bureau&apos;s internal use: contains personal data of patients. Do not post or hand out.</source>
        <translation>Бюроның қызметтік пайдалануына арналған: пациенттердің дербес деректері бар. Іліп қоймаңыз және бөгде адамдарға бермеңіз.</translation>
    </message>
    <message>
        <source>Patients are listed by their referral code only, without names or IIN. Find your code on your ticket.</source>
        <translation>Пациенттер аты-жөні мен ЖСН-і көрсетілмей, тек жолдама кодтарымен берілген. Өз кодыңызды талоннан қараңыз.</translation>
    </message>
    <message>
        <source>Preliminary dates are estimates: they move with the queue and with the hospital&apos;s free beds. A confirmed date is fixed by the hospital.</source>
        <translation>Болжамды күндер шамамен алынған: олар кезектің жылжуына және медициналық ұйымдағы бос төсектерге қарай өзгереді. Расталған күнді медициналық ұйым белгілейді.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Nobody is in this waiting list.</source>
        <translation>Бұл күту парағында ешкім жоқ.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 бастап %2 дейін</translation>
    </message>
    <message>
        <source>Referral ticket for planned hospitalization</source>
        <translation>Жоспарлы емдеуге жатқызуға жолдама талоны</translation>
    </message>
    <message>
        <source>Hospitalization code</source>
        <translation>Емдеуге жатқызу коды</translation>
    </message>
    <message>
        <source>Keep this ticket and bring it to the hospital. With this code you can check your place in the waiting list and the preliminary date of hospitalization on the Bureau of Hospitalization portal or by telephone.</source>
        <translation>Осы талонды сақтап, медициналық ұйымға өзіңізбен бірге алып келіңіз. Осы код арқылы күту парағындағы орныңызды және емдеуге жатқызудың болжамды күнін Емдеуге жатқызу бюросының порталынан немесе телефон арқылы білуге болады.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Емдеуге жатқызу мақсаты</translation>
    </message>
    <message>
        <source>Free of charge (GOBMP)</source>
        <translation>Тегін (ТМККК)</translation>
    </message>
    <message>
        <source>Care within the guaranteed volume of free medical care is free for the patient.</source>
        <translation>Тегін медициналық көмектің кепілдік берілген көлемі шеңберіндегі көмек пациентке тегін көрсетіледі.</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Кім жолдады</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Waiting list as of %1</source>
        <translation>%1 жағдай бойынша күту парағы</translation>
    </message>
    <message>
        <source>Place in the waiting list</source>
        <translation>Күту парағындағы орны</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>Confirmed date of hospitalization</source>
        <translation>Емдеуге жатқызудың расталған күні</translation>
    </message>
    <message>
        <source>The hospital has confirmed this date.</source>
        <translation>Бұл күнді медициналық ұйым растады.</translation>
    </message>
    <message>
        <source>Preliminary date of hospitalization</source>
        <translation>Емдеуге жатқызудың болжамды күні</translation>
    </message>
    <message>
        <source>The preliminary date is an estimate: it moves with the queue and with the hospital&apos;s free beds. The hospital confirms the date.</source>
        <translation>Болжамды күн шамамен алынған: ол кезектің жылжуына және медициналық ұйымдағы бос төсектерге қарай өзгереді. Күнді медициналық ұйым растайды.</translation>
    </message>
    <message>
        <source>The referral is no longer in a waiting list.</source>
        <translation>Жолдама енді күту парағында емес.</translation>
    </message>
    <message>
        <source>Questions about the queue</source>
        <translation>Кезек бойынша сұрақтар</translation>
    </message>
    <message>
        <source>number not published</source>
        <translation>нөмір жарияланбаған</translation>
    </message>
    <message>
        <source>The bureau of hospitalization of %1</source>
        <translation>%1 емдеуге жатқызу бюросы</translation>
    </message>
    <message>
        <source>Documents to bring to the hospital</source>
        <translation>Медициналық ұйымға өзіңізбен бірге алып келуге тиіс құжаттар</translation>
    </message>
    <message>
        <source>valid %1 days from issue</source>
        <translation>берілген күннен бастап %1 күн жарамды</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <source>Without the required documents the hospital has the right to refuse hospitalization.</source>
        <translation>Қажетті құжаттар болмаса, медициналық ұйым емдеуге жатқызудан бас тартуға құқылы.</translation>
    </message>
    <message>
        <source>Issued by the clerk</source>
        <translation>Бюро маманы берді</translation>
    </message>
    <message>
        <source>Received by the patient</source>
        <translation>Пациент алды</translation>
    </message>
    <message>
        <source>signature, full name, date</source>
        <translation>қолы, аты-жөні, күні</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>М. О.</translation>
    </message>
    <message>
        <source>Referral ticket %1</source>
        <translation>%1 жолдама талоны</translation>
    </message>
    <message>
        <source>Search: «%1»</source>
        <translation>Іздеу: «%1»</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Мәртебесі: %1</translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation>Сұрыптау: %1, кему ретімен</translation>
    </message>
    <message>
        <source>Sorted by %1, ascending</source>
        <translation>Сұрыптау: %1, өсу ретімен</translation>
    </message>
    <message>
        <source>Filter: «%1»</source>
        <translation>Іріктеу: «%1»</translation>
    </message>
    <message>
        <source>Rows: %1.</source>
        <translation>Жолдар саны: %1.</translation>
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
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <source>Quotas for high-tech medical care</source>
        <translation>Жоғары технологиялық медициналық қызметтерге (ЖТМҚ) квоталар</translation>
    </message>
    <message>
        <source>Year %1 · profile %2</source>
        <translation>%1 жыл · бейін: %2</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Халық саны</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Бөлінді</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Пайдаланылды</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <source>No region matches.</source>
        <translation>Іріктеуге сәйкес өңір жоқ.</translation>
    </message>
    <message>
        <source>In all: allocated %1, used %2, remaining %3.</source>
        <translation>Барлығы: бөлінді %1, пайдаланылды %2, қалдық %3.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>The bureau at a glance</source>
        <translation>Бюро сандармен</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Referrals in all</source>
        <translation>Барлық жолдамалар</translation>
    </message>
    <message>
        <source>Registered today</source>
        <translation>Бүгін тіркелді</translation>
    </message>
    <message>
        <source>Registered this month</source>
        <translation>Осы айда тіркелді</translation>
    </message>
    <message>
        <source>Refused among the referrals the hospitals decided on</source>
        <translation>Ауруханалар шешім қабылдаған жолдамалар ішіндегі бас тарту үлесі</translation>
    </message>
    <message>
        <source>Days waited, by bed profile</source>
        <translation>Төсек бейіндері бойынша күту күндері</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>Median, days</source>
        <translation>Медиана, күн</translation>
    </message>
    <message>
        <source>90th percentile, days</source>
        <translation>90-шы процентиль, күн</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Ешкім күтіп тұрған жоқ.</translation>
    </message>
    <message>
        <source>Beds by region, today</source>
        <translation>Бүгінгі төсектер өңірлер бойынша</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Бос емес</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Резервте</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Толымдылығы</translation>
    </message>
    <message>
        <source>No hospital has reported its beds.</source>
        <translation>Бірде-бір аурухана төсектері туралы хабарламаған.</translation>
    </message>
    <message>
        <source>Journal of admissions and refusals of hospitalization</source>
        <translation>Пациенттерді қабылдау және емдеуге жатқызудан бас тартуды есепке алу журналы</translation>
    </message>
    <message>
        <source>Form No. 001/u</source>
        <translation>№ 001/е нысан</translation>
    </message>
    <message>
        <source>Date and time of arrival</source>
        <translation>Келіп түскен күні мен уақыты</translation>
    </message>
    <message>
        <source>Full name, IIN</source>
        <translation>Т. А. Ә., ЖСН</translation>
    </message>
    <message>
        <source>Address, telephone</source>
        <translation>Мекенжайы, телефоны</translation>
    </message>
    <message>
        <source>Referred or brought by</source>
        <translation>Кім жолдады немесе жеткізді</translation>
    </message>
    <message>
        <source>Department (bed profile)</source>
        <translation>Бөлімше (төсек бейіні)</translation>
    </message>
    <message>
        <source>Diagnosis of the referring organization</source>
        <translation>Жолдаған ұйымның диагнозы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Reason for refusal and measures taken</source>
        <translation>Емдеуге жатқызудан бас тарту себебі және қабылданған шаралар</translation>
    </message>
    <message>
        <source>No admissions or refusals were recorded in this period.</source>
        <translation>Бұл кезеңде қабылдау да, бас тарту да тіркелмеген.</translation>
    </message>
    <message>
        <source>Admitted in the period: %1. Refused: %2.</source>
        <translation>Кезеңде емдеуге жатқызылды: %1. Бас тартылды: %2.</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Жіберу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Мәселе туралы хабарлау</translation>
    </message>
    <message>
        <source>Describe what happened: what you did, what you expected and what Joldama did instead. Do not write patients&apos; names or IINs here — a referral code is enough.</source>
        <translation>Не болғанын сипаттаңыз: не істедіңіз, нені күттіңіз және Joldama оның орнына не істеді. Мұнда пациенттердің аты-жөнін және ЖСН-ін жазбаңыз — жолдама коды жеткілікті.</translation>
    </message>
    <message>
        <source>What the report carries besides your words</source>
        <translation>Хабарламада сіздің мәтініңізден басқа не бар</translation>
    </message>
    <message>
        <source>Joldama %1; database: %2, schema version %3
Computer: %4

Last error messages:
%5

Application log (the end; personal data masked):
%6</source>
        <translation>Joldama %1; дерекқор: %2, сызба нұсқасы %3
Компьютер: %4

Қателер туралы соңғы хабарлар:
%5

Бағдарлама журналы (соңы; дербес деректер жасырылған):
%6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>бос</translation>
    </message>
</context>
<context>
    <name>ProblemReportService</name>
    <message>
        <source>Thank you, the error report has been received.</source>
        <translation>Рақмет, қате туралы ақпарат қабылданды.</translation>
    </message>
    <message>
        <source>Sorry, the error report cannot be processed at the moment. Please try again later.</source>
        <translation>Кешіріңіз, қазір қате туралы ақпаратты өңдеу мүмкін емес. Кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Describe what happened: what you did, what you expected and what Joldama did instead.</source>
        <translation>Не болғанын сипаттаңыз: не істедіңіз, нені күттіңіз және Joldama оның орнына не істеді.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters. Shorten it to what matters.</source>
        <translation>Сипаттама %1 таңбадан ұзын. Оны ең маңыздысына дейін қысқартыңыз.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The QR code for &quot;%1&quot; cannot be made: the text is too long.</source>
        <translation>«%1» үшін QR-кодты жасау мүмкін емес: мәтін тым ұзын.</translation>
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
    <message>
        <source>reading data</source>
        <translation>деректерді оқу</translation>
    </message>
</context>
<context>
    <name>QueuePrintout</name>
    <message>
        <source>No hospital has the code %1. Check it against the hospital registry.</source>
        <translation>%1 коды бар медициналық ұйым жоқ. Кодты медициналық ұйымдар тізілімімен салыстырыңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bed profile.</source>
        <translation>«%1» — төсек бейіні емес.</translation>
    </message>
</context>
<context>
    <name>QuotaPlanModel</name>
    <message>
        <source>No plan entered for this region yet. Type the number of quotas to enter one.</source>
        <translation>Бұл өңір үшін жоспар әлі енгізілмеген. Жоспарды енгізу үшін квота санын теріңіз.</translation>
    </message>
    <message>
        <source>Type a new number of quotas to change the plan; the change is saved at once and kept in the plan&apos;s history.</source>
        <translation>Жоспарды өзгерту үшін квоталардың жаңа санын теріңіз; өзгеріс бірден сақталып, жоспар тарихында қалады.</translation>
    </message>
    <message>
        <source>Referrals funded by this quota that are waiting, scheduled, in hospital or discharged. Cancelled and refused referrals give their quota back.</source>
        <translation>Осы квота есебінен қаржыландырылатын жолдамалар: күту парағындағы, күні расталған, емдеуге жатқызылған және шығарылған. Күші жойылған және медициналық ұйым бас тартқан жолдамалардың квотасы қайтарылады.</translation>
    </message>
    <message>
        <source>The population estimate the split by population uses, and its year. Type a new figure to change it.</source>
        <translation>Квоталарды халық санына қарай бөлу кезінде қолданылатын халық санының бағалауы және оның жылы. Өзгерту үшін жаңа мәнді теріңіз.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Халық саны</translation>
    </message>
    <message>
        <source>Estimate of</source>
        <translation>Бағалау жылы</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Бөлінді</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Пайдаланылды</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Бүтін сан енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>QuotaService</name>
    <message>
        <source>The code of an HTMC profile is 2 to 8 Latin letters or digits, for example CSU.</source>
        <translation>ЖТМҚ бейінінің коды 2-ден 8-ге дейін латын әрпінен немесе цифрдан тұрады, мысалы, CSU.</translation>
    </message>
    <message>
        <source>Give the name of the HTMC profile in Kazakh.</source>
        <translation>ЖТМҚ бейінінің атауын қазақ тілінде көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the name of the HTMC profile in Russian.</source>
        <translation>ЖТМҚ бейінінің атауын орыс тілінде көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the name of the HTMC profile in English.</source>
        <translation>ЖТМҚ бейінінің атауын ағылшын тілінде көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the plan year as a four-digit year from 2000 to 2100.</source>
        <translation>Жоспар жылын төрт цифрмен көрсетіңіз: 2000 бен 2100 аралығында.</translation>
    </message>
    <message>
        <source>Choose an HTMC profile from the list (&quot;%1&quot; is not one).</source>
        <translation>ЖТМҚ бейінін тізімнен таңдаңыз («%1» — ЖТМҚ бейіні емес).</translation>
    </message>
    <message>
        <source>The HTMC profile %1 is no longer in use. Choose another profile, or make this one active again in the list of HTMC profiles.</source>
        <translation>%1 ЖТМҚ бейіні енді қолданылмайды. Басқа бейінді таңдаңыз немесе ЖТМҚ бейіндерінің тізімінде бұл бейінді қайтадан белсенді етіңіз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation>«%1» — өңір емес. Өңірдің екі таңбалы ӘАОЖ кодын көрсетіңіз, мысалы, Астана үшін 71.</translation>
    </message>
    <message>
        <source>The number of quotas is a whole number from 0 to %1.</source>
        <translation>Квота саны 0 мен %1 аралығындағы бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>Referrals from %1 already hold %2 quotas for %3 in %4, so the plan cannot be lower than %2. Enter %2 or more; quotas come back when referrals are cancelled or refused.</source>
        <translation>%1: жолдамалар %4 жылға «%3» бейіні бойынша %2 квотаны пайдаланып отыр, сондықтан жоспар %2 санынан кем болмауы керек. %2 немесе одан көп сан енгізіңіз; жолдаманың күші жойылғанда немесе медициналық ұйым бас тартқанда квота қайтарылады.</translation>
    </message>
    <message>
        <source>The national total is a whole number of quotas from 0 to %1.</source>
        <translation>Ел бойынша квоталардың жалпы саны 0 мен %1 аралығындағы бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>No region has a population entered, so the total cannot be split by population. Enter the regions&apos; populations first.</source>
        <translation>Бірде-бір өңірдің халық саны енгізілмеген, сондықтан жалпы санды халық санына қарай бөлу мүмкін емес. Алдымен өңірлердің халық санын енгізіңіз.</translation>
    </message>
    <message>
        <source>%1 (referrals hold %2, the split gives %3)</source>
        <translation>%1 (жолдамаларда: %2, бөлу бойынша: %3)</translation>
    </message>
    <message>
        <source>The split would give some regions fewer quotas than their referrals already hold: %1. Nothing was changed. Raise the national total, or set these regions&apos; plans one by one.</source>
        <translation>Мұндай бөлуде кейбір өңірлер өз жолдамалары пайдаланып отырған квоталардан аз квота алар еді: %1. Ештеңе өзгертілген жоқ. Ел бойынша жалпы санды көбейтіңіз немесе осы өңірлердің жоспарларын жеке-жеке белгілеңіз.</translation>
    </message>
    <message>
        <source>The population is a whole number of people from 0 to %1.</source>
        <translation>Халық саны 0 мен %1 аралығындағы бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>Give the year the population estimate is for, from 1990 to %1.</source>
        <translation>Халық саны бағаланған жылды көрсетіңіз: 1990 мен %1 аралығында.</translation>
    </message>
    <message>
        <source>No HTMC quota is left for %1 in %2 for %3: all %4 are held by referrals.</source>
        <translation>%2 үшін %3 жылға «%1» бейіні бойынша ЖТМҚ квотасы қалмады: бөлінген %4 квотаның бәрін жолдамалар пайдаланып отыр.</translation>
    </message>
    <message>
        <source>%1 has no HTMC quotas for %2 in %3.</source>
        <translation>%1 үшін %3 жылға «%2» бейіні бойынша ЖТМҚ квоталары бөлінбеген.</translation>
    </message>
    <message>
        <source>The quotas of another region cannot be used. Ask the regional health department to redistribute the quotas, or register the referral under another funding.</source>
        <translation>Басқа өңірдің квоталарын пайдалануға болмайды. Квоталарды қайта бөлу туралы өңірдің денсаулық сақтау басқармасына жүгініңіз немесе жолдаманы басқа қаржыландыру көзімен тіркеңіз.</translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <source>Plan not saved</source>
        <translation>Жоспар сақталмады</translation>
    </message>
    <message>
        <source>Allocate by population</source>
        <translation>Халық санына қарай бөлу</translation>
    </message>
    <message>
        <source>National total of quotas for %1 in %2. It is split among the regions in proportion to their population; the parts add up exactly to the total.</source>
        <translation>%2 жылға «%1» бейіні бойынша ел бойынша квоталардың жалпы саны. Ол өңірлер арасында халық санына пропорционал бөлінеді; үлестердің қосындысы жалпы санға дәл тең болады.</translation>
    </message>
    <message>
        <source>Replace the plan</source>
        <translation>Жоспарды ауыстыру</translation>
    </message>
    <message>
        <source>This replaces the quotas of every region for %1 in %2 (now %3 in all) with a split of %4 by population. Every change is kept in the plans&apos; history. Replace?</source>
        <translation>%2 жылға «%1» бейіні бойынша барлық өңірлердің квоталары (қазір барлығы: %3) жалпы санды (%4) халық санына қарай бөлу нәтижесімен ауыстырылады. Әрбір өзгеріс жоспарлар тарихында сақталады. Ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Бөлінді</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Пайдаланылды</translation>
    </message>
    <message>
        <source>Quotas used of allocated, %1, %2</source>
        <translation>Бөлінген квоталардың пайдаланылуы, %1, %2</translation>
    </message>
    <message>
        <source>Choose an HTMC profile.</source>
        <translation>ЖТМҚ бейінін таңдаңыз.</translation>
    </message>
    <message>
        <source>In all: allocated %1, used %2, remaining %3. Populations are estimates of %4.</source>
        <translation>Барлығы: бөлінді %1, пайдаланылды %2, қалдық %3. Халық саны — %4 жылғы бағалау бойынша.</translation>
    </message>
    <message>
        <source>No plan is entered for this profile and year yet: type each region&apos;s quotas in the Allocated column, or split a national total with Allocate by population.</source>
        <translation>Бұл бейін мен жыл бойынша жоспар әлі енгізілмеген: әр өңірдің квоталарын «Бөлінді» бағанына енгізіңіз немесе ел бойынша жалпы санды «Халық санына қарай бөлу» батырмасымен бөліңіз.</translation>
    </message>
    <message>
        <source>HTMC quotas</source>
        <translation>ЖТМҚ квоталары</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Өңір бойынша іріктеу</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>HTMC &amp;profile:</source>
        <translation>ЖТМҚ &amp;бейіні:</translation>
    </message>
    <message>
        <source>&amp;Allocate by population…</source>
        <translation>&amp;Халық санына қарай бөлу…</translation>
    </message>
    <message>
        <source>Split a national total of quotas among the regions in proportion to their population.</source>
        <translation>Ел бойынша квоталардың жалпы санын өңірлер арасында халық санына пропорционал бөлу.</translation>
    </message>
    <message>
        <source>Print the quota plan</source>
        <translation>Квоталар жоспарын басып шығару</translation>
    </message>
</context>
<context>
    <name>ReferenceDataService</name>
    <message>
        <source>The shipped reference list %1 is missing from this build of Joldama.</source>
        <translation>Joldama-ның бұл жинағында бағдарламамен бірге берілуге тиіс %1 анықтамалығы жоқ.</translation>
    </message>
    <message>
        <source>Give the name in Kazakh.</source>
        <translation>Қазақ тіліндегі атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the name in Russian.</source>
        <translation>Орыс тіліндегі атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the name in English.</source>
        <translation>Ағылшын тіліндегі атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The code is 2 to 40 small Latin letters, digits or underscores, starting with a letter, for example blood_count.</source>
        <translation>Код әріптен басталып, 2–40 кіші латын әрпінен, цифрдан немесе астын сызу белгісінен тұрады, мысалы blood_count.</translation>
    </message>
    <message>
        <source>The code of a bed profile is 2 or 3 capital Latin letters or digits, starting with a letter, as it appears in referral codes (for example CAR, or DH for the day hospital).</source>
        <translation>Төсек бейінінің коды әріптен басталып, 2 немесе 3 бас латын әрпінен не цифрдан тұрады, емдеуге жатқызу кодтарындағыдай (мысалы, CAR немесе күндізгі стационар үшін DH).</translation>
    </message>
    <message>
        <source>The code %1 is already taken by &quot;%2&quot;. Choose another code, or edit that entry.</source>
        <translation>%1 коды бос емес: ол «%2» жазбасына берілген. Басқа код таңдаңыз немесе сол жазбаны өзгертіңіз.</translation>
    </message>
    <message>
        <source>No entry of the list has the code %1. It may have been changed on another workstation: close the list and open it again.</source>
        <translation>Тізімде %1 коды бар жазба жоқ. Оны басқа жұмыс орнында өзгерткен болуы мүмкін: тізімді жауып, қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The validity is 0 to %1 days; 0 means the document does not expire.</source>
        <translation>Жарамдылық мерзімі 0-ден %1 күнге дейін; 0 құжаттың мерзімсіз екенін білдіреді.</translation>
    </message>
</context>
<context>
    <name>ReferenceListModel</name>
    <message>
        <source>Adults</source>
        <translation>Ересектер</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <source>Adults and children</source>
        <translation>Ересектер мен балалар</translation>
    </message>
    <message>
        <source>Day hospital</source>
        <translation>Күндізгі стационар</translation>
    </message>
    <message>
        <source>Round-the-clock</source>
        <translation>Тәулік бойғы стационар</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Қолданыста</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Қолданыстан шығарылған</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Valid, days</source>
        <translation>Жарамдылығы, күн</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Пациенттер</translation>
    </message>
    <message>
        <source>Form of care</source>
        <translation>Көмек нысаны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>The validity is a whole number of days; 0 means the document does not expire.</source>
        <translation>Жарамдылық мерзімі күндердің бүтін санымен беріледі; 0 құжаттың мерзімсіз екенін білдіреді.</translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <source>Reference lists</source>
        <translation>Анықтамалықтар</translation>
    </message>
    <message>
        <source>&amp;Document checklist</source>
        <translation>Құжаттар &amp;тізбесі</translation>
    </message>
    <message>
        <source>&amp;Refusal reasons</source>
        <translation>Бас тарту &amp;себептері</translation>
    </message>
    <message>
        <source>Bed &amp;profiles</source>
        <translation>Төсек &amp;бейіндері</translation>
    </message>
    <message>
        <source>The documents a patient brings to the hospital. Validity counts days from the date of issue; 0 means the document does not expire. A retired document is asked of nobody, and referrals that recorded it still show it.</source>
        <translation>Пациент ауруханаға әкелетін құжаттар. Жарамдылық мерзімі берілген күннен бастап күнмен есептеледі; 0 — құжат мерзімсіз. Қолданыстан шығарылған құжат енді ешкімнен талап етілмейді, ал ол бұрын белгіленген жолдамаларда көрінуін жалғастырады.</translation>
    </message>
    <message>
        <source>The reasons a hospital may give for refusing a planned patient. A retired reason is no longer offered for new refusals; the refusals that gave it keep it.</source>
        <translation>Аурухана жоспарлы пациентке бас тарту кезінде көрсете алатын себептер. Қолданыстан шығарылған себеп жаңа бас тартуларға енді ұсынылмайды; бұрынғы бас тартуларда ол сақталады.</translation>
    </message>
    <message>
        <source>The bed profiles patients wait for. A retired profile is no longer offered for new referrals; the referrals already waiting for it stay in their queues.</source>
        <translation>Пациенттер емдеуге жатқызуды күтетін төсек бейіндері. Қолданыстан шығарылған бейін жаңа жолдамаларға енді ұсынылмайды; ол бойынша күтіп тұрған жолдамалар өз кезектерінде қалады.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Қолданысқа &amp;қайтару</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Қолданыстан &amp;шығару</translation>
    </message>
    <message>
        <source>Put the selected entry back in use.</source>
        <translation>Таңдалған жазбаны қайтадан қолданысқа енгізу.</translation>
    </message>
    <message>
        <source>Stop offering the selected entry for new records. Records that have it keep it.</source>
        <translation>Таңдалған жазбаны жаңа жолдамалар мен бас тартуларға енді ұсынбау; ол бұрын көрсетілген жерде сақталады.</translation>
    </message>
    <message>
        <source>Add a document to the checklist</source>
        <translation>Тізбеге құжат қосу</translation>
    </message>
    <message>
        <source>Add a refusal reason</source>
        <translation>Бас тарту себебін қосу</translation>
    </message>
    <message>
        <source>Add a bed profile</source>
        <translation>Төсек бейінін қосу</translation>
    </message>
    <message>
        <source>2 or 3 capital Latin letters or digits, as in referral codes, e.g. CAR</source>
        <translation>Емдеуге жатқызу кодтарындағыдай 2 немесе 3 бас латын әрпі не цифр, мысалы CAR</translation>
    </message>
    <message>
        <source>Small Latin letters, digits and underscores, e.g. blood_count</source>
        <translation>Кіші латын әріптері, цифрлар және астын сызу белгілері, мысалы blood_count</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Коды:</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>&amp;Қазақша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>&amp;Орысша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>А&amp;ғылшынша атауы:</translation>
    </message>
    <message>
        <source>Re&amp;quired for hospitalization</source>
        <translation>Емдеуге жатқызу үшін &amp;міндетті</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Жарамдылығы:</translation>
    </message>
    <message>
        <source>&amp;Patients:</source>
        <translation>&amp;Пациенттер:</translation>
    </message>
    <message>
        <source>&amp;Form of care:</source>
        <translation>Көмек &amp;нысаны:</translation>
    </message>
</context>
<context>
    <name>ReferralCode</name>
    <message>
        <source>Enter the referral code, for example 71.7101.CAR.1F.</source>
        <translation>Жолдама кодын енгізіңіз, мысалы, 71.7101.CAR.1F.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral code. A code looks like 71.7101.CAR.1F: region, hospital, bed profile and number, separated by dots.</source>
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
    <message>
        <source>&amp;Print ticket…</source>
        <translation>Талонды &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Print the referral ticket %1</source>
        <translation>%1 жолдамасының талонын басып шығару</translation>
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
        <source>HTMC &amp;quota:</source>
        <translation>&amp;ЖТМҚ квотасы:</translation>
    </message>
    <message>
        <source>Only for HTMC funding</source>
        <translation>Тек ЖТМҚ квотасы есебінен қаржыландырғанда</translation>
    </message>
    <message>
        <source>Choose the HTMC profile of the quota</source>
        <translation>Квотаның ЖТМҚ бейінін таңдаңыз</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%2 квотаның %1 қалды</translation>
    </message>
    <message>
        <source>no quotas</source>
        <translation>квота жоқ</translation>
    </message>
    <message>
        <source>Choose the patient first: the quota is their region&apos;s.</source>
        <translation>Алдымен пациентті таңдаңыз: квота оның өңіріне бөлінген квотадан беріледі.</translation>
    </message>
    <message>
        <source>Quotas of %1 for %2: the patient&apos;s region, the year of registration.</source>
        <translation>%1 квоталары, %2 жыл: пациенттің өңірі, тіркелу жылы.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s IIN or name and choose the patient.</source>
        <translation>Пациенттің ЖСН-ін немесе аты-жөнін енгізіп, пациентті таңдаңыз.</translation>
    </message>
    <message>
        <source>No registered patient has this IIN: register the patient first (Records → New patient…).</source>
        <translation>Мұндай ЖСН-і бар пациент тіркелмеген: алдымен пациентті тіркеңіз («Жазбалар → Жаңа пациент…»).</translation>
    </message>
    <message>
        <source>Enter the diagnosis: an ICD-10 code or its name.</source>
        <translation>Диагнозды енгізіңіз: АХЖ-10 коды немесе оның атауы.</translation>
    </message>
    <message>
        <source>Choose the bed profile.</source>
        <translation>Төсек бейінін таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the hospital the patient is referred to.</source>
        <translation>Пациент жолданатын медициналық ұйымды таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the HTMC profile of the quota.</source>
        <translation>Квотаның ЖТМҚ бейінін таңдаңыз.</translation>
    </message>
    <message>
        <source>Diagnosis in &amp;words:</source>
        <translation>Диагноз &amp;сөзбен:</translation>
    </message>
    <message>
        <source>As the referral words it</source>
        <translation>Жолдамада жазылғандай</translation>
    </message>
    <message>
        <source>Reason for a &amp;second referral:</source>
        <translation>Екінші &amp;жолдаманың себебі:</translation>
    </message>
    <message>
        <source>Why a second place in this profile</source>
        <translation>Бұл бейінде неге екінші орын</translation>
    </message>
    <message>
        <source>%1 is not yet in the ICD-10 dictionary: give the diagnosis in words, it is kept for the next time.</source>
        <translation>%1 коды АХЖ-10 анықтамалығында әлі жоқ: диагнозды сөзбен жазыңыз, ол келесі жолы үшін сақталады.</translation>
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
    <message>
        <source>Present</source>
        <translation>Бар</translation>
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
        <source>A referral cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Жолдаманы «%1» мәртебесінен «%2» мәртебесіне ауыстыруға болмайды.</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Choose the patient the referral is for.</source>
        <translation>Жолдама ресімделетін пациентті таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the region of the referring organization: its KATO code starts the referral code.</source>
        <translation>Жолдама берген ұйымның өңірін таңдаңыз: жолдама коды осы өңірдің ӘАОЖ кодынан басталады.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation>«%1» — өңір емес. Өңірдің екі таңбалы ӘАОЖ кодын көрсетіңіз, мысалы, Астана үшін 71.</translation>
    </message>
    <message>
        <source>Choose the bed profile from the list (&quot;%1&quot; is not one).</source>
        <translation>Төсек бейінін тізімнен таңдаңыз («%1» — төсек бейіні емес).</translation>
    </message>
    <message>
        <source>There is no active hospital with the code &quot;%1&quot;. Choose one from the list.</source>
        <translation>«%1» коды бар жұмыс істеп тұрған медициналық ұйым жоқ. Медициналық ұйымды тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 does not admit planned patients to the profile &quot;%2&quot;. Choose a hospital offered for this profile.</source>
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
        <source>The admission date %1 has passed. Give today&apos;s date or a later one.</source>
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
        <source>&quot;%1&quot; is not in the list of refusal reasons.</source>
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
        <source>&quot;%1&quot; is not in the document checklist.</source>
        <translation>«%1» құжаттар тізбесінде жоқ.</translation>
    </message>
    <message>
        <source>A document cannot be issued in the future (%1).</source>
        <translation>Құжаттың берілген күні болашақ күн бола алмайды (%1).</translation>
    </message>
    <message>
        <source>A referral funded by an HTMC quota needs the HTMC profile of the quota. Choose it.</source>
        <translation>ЖТМҚ квотасы есебінен берілетін жолдама үшін квотаның ЖТМҚ бейінін көрсету қажет. Оны таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the HTMC profile of the quota from the list (&quot;%1&quot; is not one).</source>
        <translation>Квотаның ЖТМҚ бейінін тізімнен таңдаңыз («%1» — ЖТМҚ бейіні емес).</translation>
    </message>
    <message>
        <source>The patient&apos;s region is not recorded, so it is not known which region&apos;s HTMC quota to use. Choose the region in the patient&apos;s record, then register the referral again.</source>
        <translation>Пациенттің өңірі көрсетілмеген, сондықтан қай өңірдің ЖТМҚ квотасын пайдалану керегі белгісіз. Пациенттің жазбасында өңірді таңдаңыз, содан кейін жолдаманы қайта тіркеңіз.</translation>
    </message>
    <message>
        <source>An HTMC profile is given only for referrals funded by an HTMC quota. Choose HTMC funding, or leave the HTMC profile empty.</source>
        <translation>ЖТМҚ бейіні тек ЖТМҚ квотасы есебінен қаржыландырылатын жолдамалар үшін көрсетіледі. ЖТМҚ квотасы есебінен қаржыландыруды таңдаңыз немесе ЖТМҚ бейінін бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>The refusal reason &quot;%1&quot; has been retired from the list. Choose a reason in use.</source>
        <translation>«%1» бас тарту себебі қолданыстан шығарылған. Қолданыстағы себепті таңдаңыз.</translation>
    </message>
    <message>
        <source>The diagnosis text has %1 characters; at most %2 fit. Shorten it to the diagnosis itself.</source>
        <translation>Диагноз мәтінінде %1 таңба бар; ең көбі %2 таңба сияды. Тек диагноздың өзін қалдырыңыз.</translation>
    </message>
    <message>
        <source>%1 is not yet in the ICD-10 dictionary. Type the diagnosis as the referral words it: the referral is registered with it, and the code is kept for the next time.</source>
        <translation>%1 коды АХЖ-10 анықтамалығында әлі жоқ. Диагнозды жолдамада жазылғандай енгізіңіз: жолдама сонымен тіркеледі, ал код келесі жолы үшін сақталады.</translation>
    </message>
    <message>
        <source>An emergency admission cannot be recorded for a future day (%1). Give the day the patient was admitted.</source>
        <translation>Шұғыл емдеуге жатқызуды болашақ күнге (%1) жазуға болмайды. Пациент түскен күнді көрсетіңіз.</translation>
    </message>
    <message>
        <source>The admission day %1 is more than a year ago. Check the year: an emergency admission is recorded when it happens.</source>
        <translation>Түскен күн %1 — бір жылдан бұрын. Жылды тексеріңіз: шұғыл емдеуге жатқызу болған кезде жазылады.</translation>
    </message>
    <message>
        <source>The admission day %1 is %2 days ago. If the patient was really admitted then, confirm the day; otherwise correct it.</source>
        <translation>Түскен күн %1 — %2 күн бұрын. Пациент шынымен сол күні түссе, күнді растаңыз; әйтпесе оны түзетіңіз.</translation>
    </message>
    <message>
        <source>%1 already waits for a bed of the profile &quot;%2&quot;: referral %3 to %4, registered on %5. One patient holds one place per profile. To move the patient to another hospital, transfer referral %3 there (the registration time is kept). To register a second referral anyway, give the reason for it.</source>
        <translation>%1 «%2» бейініндегі төсекті күтіп тұр: %4 ұйымына %3 жолдамасы, %5 тіркелген. Бір пациентке бір бейін бойынша бір орын беріледі. Пациентті басқа ауруханаға ауыстыру үшін %3 жолдамасын сонда ауыстырыңыз (тіркелген уақыты сақталады). Бәрібір екінші жолдаманы тіркеу үшін оның себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>This workstation has given out every referral number of its part for this queue. Ask the bureau to enrol it again.</source>
        <translation>Бұл жұмыс орны осы кезек үшін өз бөлігіндегі барлық жолдама нөмірлерін беріп қойды. Бюродан оны қайта тіркеуді сұраңыз.</translation>
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
    <message>
        <source>Print the list of referrals</source>
        <translation>Жолдамалар тізімін басып шығару</translation>
    </message>
</context>
<context>
    <name>RefusalsPrintout</name>
    <message>
        <source>Give both days of the period.</source>
        <translation>Кезеңнің екі күнін де көрсетіңіз.</translation>
    </message>
    <message>
        <source>The period starts on %1, after it ends on %2. Swap the days.</source>
        <translation>Кезеңнің басталу күні (%1) аяқталу күнінен (%2) кейін тұр. Күндердің орнын ауыстырыңыз.</translation>
    </message>
    <message>
        <source>There is no hospital with the code &quot;%1&quot;.</source>
        <translation>«%1» коды бар аурухана жоқ.</translation>
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
        <source>The Bureau&apos;s portal gives no number for this bureau. Enter it when you learn it.</source>
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
        <source>Remove the contact of %1 (%2 %3)? It stays in the database&apos;s history but is no longer shown or printed.</source>
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
        <translation>Өңірлік бюролардың байланыс телефондары</translation>
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
    <message>
        <source>Regional contacts</source>
        <translation>Өңірлік байланыстар</translation>
    </message>
    <message>
        <source>Print the regional bureaus&apos; telephones</source>
        <translation>Өңірлік бюролардың телефондарын басып шығару</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>A shared PostgreSQL database is restored on its server by the administrator, with pg_restore (see the README).</source>
        <translation>Ортақ PostgreSQL дерекқорын әкімші оның серверінде pg_restore арқылы қалпына келтіреді (README-ні қараңыз).</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 — дерекқордың өзі, оның сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2 Nothing was changed.</source>
        <translation>%1 қалпына келтіру мүмкін емес: %2 Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Joldama (schema version %2; this program knows up to %3). Install the newer Joldama to restore it. Nothing was changed.</source>
        <translation>%1 Joldama-ның жаңарақ нұсқасымен жасалған (сызба нұсқасы %2; бұл бағдарлама %3 нұсқасына дейін біледі). Оны қалпына келтіру үшін Joldama-ның жаңа нұсқасын орнатыңыз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Nothing was changed.</source>
        <translation>%1 қалтасын жасау мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the database. Nothing was changed.</source>
        <translation>%1 дерекқордың жанына көшіру мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>%1 жазу мүмкін емес: %2. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?). Nothing was changed.</source>
        <translation>%1 жазу мүмкін емес (диск толып қалған жоқ па?). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>%1 changed while it was being restored. Nothing was changed.</source>
        <translation>%1 қалпына келтіру кезінде өзгерді. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The safety copy of the current database failed its check (%1), so the restore was stopped. Nothing was changed.</source>
        <translation>Ағымдағы дерекқордың қорғаныш көшірмесі тексеруден өтпеді (%1), сондықтан қалпына келтіру тоқтатылды. Ештеңе өзгертілген жоқ.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>clerk</source>
        <translation>тіркеуші</translation>
    </message>
    <message>
        <source>senior clerk</source>
        <translation>аға тіркеуші</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>аудитор</translation>
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
    <message>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <source>Print the search results</source>
        <translation>Іздеу нәтижелерін басып шығару</translation>
    </message>
</context>
<context>
    <name>ServerPrivileges</name>
    <message>
        <source>The database %1 needs an upgrade to this version of Joldama, which only the owner of its schema may make: the server&apos;s role %2 that this workstation signs in as may not change it. Nothing was changed. Ask the administrator to upgrade it as the owner (joldama-cli --db postgresql://OWNER@SERVER/DATABASE init).</source>
        <translation>%1 дерекқорын Joldama-ның осы нұсқасына дейін жаңарту керек, ал мұны тек оның сызбасының иесі жасай алады: осы жұмыс орны кіретін %2 сервер рөлі сызбаны өзгерте алмайды. Ештеңе өзгертілген жоқ. Әкімшіден дерекқорды ие атынан жаңартуды сұраңыз (joldama-cli --db postgresql://OWNER@SERVER/DATABASE init).</translation>
    </message>
    <message>
        <source>Roles are given on a PostgreSQL server; a database file belongs to whoever may read it.</source>
        <translation>Рөлдер PostgreSQL серверінде беріледі; дерекқор файлы оны оқи алатын адамға тиесілі.</translation>
    </message>
    <message>
        <source>Only the owner of the schema may give a role the use of the database: the role %1 is not. Connect as the owner (--db postgresql://OWNER@SERVER/DATABASE).</source>
        <translation>Рөлге дерекқорды пайдалануға тек сызбаның иесі рұқсат бере алады, ал %1 рөлі ие емес. Ие атынан қосылыңыз (--db postgresql://OWNER@SERVER/DATABASE).</translation>
    </message>
    <message>
        <source>The server has no role %1. Create it first (createuser --pwprompt %1).</source>
        <translation>Серверде %1 рөлі жоқ. Алдымен оны жасаңыз (createuser --pwprompt %1).</translation>
    </message>
    <message>
        <source>%1 is the role this connection signed in as, the schema&apos;s owner. Give the workstations a role of their own (createuser --pwprompt joldama).</source>
        <translation>%1 — осы қосылым кірген рөл, яғни сызбаның иесі. Жұмыс орындарына бөлек рөл беріңіз (createuser --pwprompt joldama).</translation>
    </message>
    <message>
        <source>%1 is a superuser of the server, whom no privilege binds: the audit log would not be protected from it. Give the workstations a role without SUPERUSER.</source>
        <translation>%1 — сервердің суперпайдаланушысы, оны ешбір құқық шектемейді: аудит журналы одан қорғалмас еді. Жұмыс орындарына SUPERUSER құқығы жоқ рөл беріңіз.</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <source>Locked. Enter your password to see this window again.</source>
        <translation>Құлыпталған. Бұл терезені қайта көру үшін құпиясөзіңізді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Joldama — sign in</source>
        <translation>Joldama — кіру</translation>
    </message>
    <message>
        <source>Joldama — the window is locked</source>
        <translation>Joldama — терезе құлыпталған</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Құлыптан &amp;шығару</translation>
    </message>
    <message>
        <source>This database keeps user accounts. Sign in with your login and password.</source>
        <translation>Бұл дерекқорда есептік жазбалар жүргізіледі. Өз логиніңіз бен құпиясөзіңізбен кіріңіз.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>The window was locked: what it showed is hidden until %1 enters the password again.</source>
        <translation>Терезе құлыпталды: %1 құпиясөзді қайта енгізгенге дейін оның мазмұны жасырылады.</translation>
    </message>
    <message>
        <source>Someone else may sign in with their own login instead: the window of %1 is then closed and anything unsaved in it is lost.</source>
        <translation>Оның орнына басқа қызметкер өз логинімен кіре алады: сонда %1 терезесі жабылады да, ондағы сақталмаған деректердің бәрі жоғалады.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Логиніңізді енгізіңіз.</translation>
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
        <source>the patient&apos;s free choice</source>
        <translation>пациенттің еркін таңдауы</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Жазу</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 waiting · about %4</source>
        <translation>%1 — %2 · кезекте: %3 · шамамен %4</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>How to register, transfer, print, look up a code and keep quotas</source>
        <translation>Тіркеу, ауыстыру, басып шығару, код бойынша іздеу және квоталарды жүргізу тәртібі</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>Give the &amp;role</source>
        <translation>&amp;Рөлді беру</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Жаңа &amp;құпиясөз…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Құлыптан &amp;шығару</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Соңғы кіру</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock the windows after this time without input:</source>
        <translation>Әрекетсіз осынша уақыттан кейін терезелерді құлыптау:</translation>
    </message>
    <message>
        <source>Everyone signs in with their own account; the role decides what they may do, and the audit log records who saw and changed what. Accounts are disabled, never deleted.</source>
        <translation>Әркім өз есептік жазбасымен кіреді; не істеуге болатынын рөлі анықтайды, ал кім нені қарап, нені өзгерткенін аудит журналы тіркейді. Есептік жазбалар өшіріледі, бірақ жойылмайды.</translation>
    </message>
    <message>
        <source>This database has no user accounts: anyone at this computer sees and changes everything, and nothing is recorded about who did it. Add the administrator&apos;s account first.</source>
        <translation>Бұл дерекқорда есептік жазба жоқ: осы компьютердің алдына отырған кез келген адам бәрін көріп, өзгерте алады, ал мұны кім істегені еш жерде тіркелмейді. Алдымен әкімшінің есептік жазбасын қосыңыз.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>locked after %1 wrong passwords</source>
        <translation>%1 қате құпиясөзден кейін құлыпталған</translation>
    </message>
    <message>
        <source>waiting after %1 wrong passwords</source>
        <translation>%1 қате құпиясөзден кейін күтуде</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Қайта &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>Disable the account %1? The person can no longer sign in; the account and what the audit log says about it are kept.</source>
        <translation>%1 есептік жазбасын өшіру керек пе? Қызметкер енді кіре алмайды; есептік жазбаның өзі және аудит журналындағы ол туралы мәліметтер сақталады.</translation>
    </message>
</context>
<context>
    <name>WaitingListModel</name>
    <message>
        <source>Place</source>
        <translation>Кезектегі орны</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Жолдама коды</translation>
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
        <source>Registered</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Күткен күн саны</translation>
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
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>толық</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>толық емес</translation>
    </message>
</context>
<context>
    <name>WaitingListPage</name>
    <message>
        <source>Choose a hospital and a bed profile.</source>
        <translation>Медициналық ұйым мен төсек бейінін таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n in the waiting list</source>
        <translation>
            <numerusform>Күту парағында: %n</numerusform>
            <numerusform>Күту парағында: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Саналуда…</translation>
    </message>
    <message numerus="yes">
        <source>%1. Planned admissions: %n a day, on working days.</source>
        <translation>
            <numerusform>%1. Жоспарлы емдеуге жатқызу: жұмыс күндері күніне %n пациент.</numerusform>
            <numerusform>%1. Жоспарлы емдеуге жатқызу: жұмыс күндері күніне %n пациент.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned admissions of %1</source>
        <translation>Күнделікті қабылдау жоспары: %1</translation>
    </message>
    <message>
        <source>From the beds: a tenth of the profile&apos;s beds a day</source>
        <translation>Төсек саны бойынша: күніне бейін төсектерінің оннан бірі</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Admissions a day:</source>
        <translation>Күніне емдеуге жатқызу саны:</translation>
    </message>
    <message>
        <source>Earliest admission after registration:</source>
        <translation>Тіркелуден емдеуге жатқызуға дейінгі ең аз мерзім:</translation>
    </message>
    <message>
        <source>Capacity not saved</source>
        <translation>Күнделікті қабылдау жоспары сақталмады</translation>
    </message>
    <message>
        <source>Waiting lists</source>
        <translation>Күту парақтары</translation>
    </message>
    <message>
        <source>&amp;Capacity…</source>
        <translation>Күнделікті &amp;қабылдау жоспары…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>А&amp;шу…</translation>
    </message>
    <message>
        <source>Print &amp;list</source>
        <translation>&amp;Тізімді басып шығару</translation>
    </message>
    <message>
        <source>&amp;Public list: codes and dates only…</source>
        <translation>&amp;Жалпыға ашық тізім: тек кодтар мен күндер…</translation>
    </message>
    <message>
        <source>&amp;Internal list: with names and IIN…</source>
        <translation>&amp;Қызметтік тізім: аты-жөні мен ЖСН көрсетілген…</translation>
    </message>
    <message>
        <source>Print the waiting list</source>
        <translation>Күту парағын басып шығару</translation>
    </message>
    <message>
        <source>Choose a hospital and a bed profile: their waiting list is what gets printed.</source>
        <translation>Медициналық ұйым мен төсек бейінін таңдаңыз: солардың күту парағы басып шығарылады.</translation>
    </message>
</context>
<context>
    <name>WaitingListService</name>
    <message>
        <source>The capacity is at least one planned admission a day.</source>
        <translation>Күнделікті қабылдау жоспары — күніне кемінде бір жоспарлы емдеуге жатқызу.</translation>
    </message>
    <message>
        <source>The lead time is 0 to 365 days.</source>
        <translation>Емдеуге жатқызуға дейінгі ең аз мерзім 0 мен 365 күн аралығында болуы керек.</translation>
    </message>
    <message>
        <source>No referral has the code %1. Check it against the ticket; if it is right, the referral may be registered in another region&apos;s database — ask that region&apos;s bureau.</source>
        <translation>%1 коды бар жолдама жоқ. Кодты талонмен салыстырыңыз; код дұрыс болса, жолдама басқа өңірдің дерекқорында тіркелген болуы мүмкін — сол өңірдің емдеуге жатқызу бюросына жүгініңіз.</translation>
    </message>
</context>
<context>
    <name>WorkstationsDialog</name>
    <message>
        <source>Issue the file &amp;again…</source>
        <translation>Файлды &amp;қайта шығару…</translation>
    </message>
    <message>
        <source>Make its &amp;answer…</source>
        <translation>&amp;Жауап дайындау…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Жұмыстан &amp;шығару</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Жұмыс орындары</translation>
    </message>
    <message>
        <source>&amp;Enrol a workstation…</source>
        <translation>Жұмыс орнын &amp;тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Import a package…</source>
        <translation>Пакетті &amp;импорттау…</translation>
    </message>
    <message>
        <source>A workstation&apos;s code is never given again, even after it is retired. Its referral codes are numbered in a part of their own (for workstation 1, 71.7101.CAR.100001 and on), so codes stay unique while it works offline. &quot;Waiting&quot; counts the records its next answer brings.</source>
        <translation>Жұмыс орнының коды жұмыстан шығарылғаннан кейін де ешқашан қайта берілмейді. Оның жолдамалары өз бөлігінде нөмірленеді (1-жұмыс орнында — 71.7101.CAR.100001 және әрі қарай), сондықтан ол байланыссыз жұмыс істегенде де кодтар қайталанбайды. «Күтуде» — оның келесі жауабы әкелетін жазбалар саны.</translation>
    </message>
    <message>
        <source>This database is the bureau &quot;%1&quot;. Workstations send their work here; each gets the bureau&apos;s answer.</source>
        <translation>Бұл дерекқор — «%1» бюросы. Жұмыс орындары жұмысын осында жібереді; әрқайсысы бюроның жауабын алады.</translation>
    </message>
    <message>
        <source>This database has enrolled no workstation yet. The first enrolment makes it the bureau the workstations exchange with.</source>
        <translation>Бұл дерекқорда әлі бірде-бір жұмыс орны тіркелмеген. Алғашқы тіркеуден кейін ол жұмыс орындары алмасатын бюроға айналады.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Соңғы пакет</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Соңғы жауап</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Кейінге қалдырылған</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>жұмыстан шығарылған</translation>
    </message>
    <message>
        <source>active, file issued %1 times</source>
        <translation>жұмыс істейді, файл %1 рет шығарылған</translation>
    </message>
    <message>
        <source>active</source>
        <translation>жұмыс істейді</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>Тіркеу файлын сақтау</translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol)</source>
        <translation>Тіркеу файлдары (*.enrol)</translation>
    </message>
    <message>
        <source>%1 is enrolled as %2. Take %3 to the workstation and join with it there (File → Exchange → Join a bureau…).</source>
        <translation>«%1» %2 ретінде тіркелді. %3 файлын жұмыс орнына апарып, сонда онымен қосылыңыз (Файл → Алмасу → Бюроға қосылу…).</translation>
    </message>
    <message>
        <source>Issue the enrolment file of %1 again for its reinstalled computer? The old file&apos;s key stops working, and its referral codes continue above the highest the bureau has seen from it.</source>
        <translation>«%1» тіркеу файлын қайта орнатылған компьютері үшін қайта шығару керек пе? Ескі файлдың кілті жұмысын тоқтатады, ал жолдама кодтары бюро одан алған ең үлкен нөмірден жоғары жалғасады.</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Жауапты сақтау</translation>
    </message>
    <message>
        <source>Exchange packages (*.jpkg)</source>
        <translation>Алмасу пакеттері (*.jpkg)</translation>
    </message>
    <message>
        <source>The answer to %1 holds %2 change(s), the standing of %3 referral(s) and %4 conflict(s).</source>
        <translation>«%1» үшін жауапта: өзгерістер — %2, жолдамалардың кезектегі орны — %3, қайшылықтар — %4.</translation>
    </message>
    <message>
        <source>Retire %1? Its packages will no longer be taken, and its code is never given again.</source>
        <translation>«%1» жұмыстан шығару керек пе? Оның пакеттері енді қабылданбайды, ал коды ешқашан қайта берілмейді.</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Пакетті импорттау</translation>
    </message>
    <message>
        <source>Exchange packages (*.jpkg);;All files (*)</source>
        <translation>Алмасу пакеттері (*.jpkg);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>WriteLockWait</name>
    <message>
        <source>Waiting for another workstation</source>
        <translation>Басқа жұмыс орнын күту</translation>
    </message>
    <message>
        <source>Another workstation is saving to the database. Your changes are kept and will be saved as soon as it has finished.</source>
        <translation>Басқа жұмыс орны дерекқорға деректерді сақтап жатыр. Сіздің өзгерістеріңіз жоғалмайды, ол аяқтаған бойда сақталады.</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>Күтуді &amp;тоқтату</translation>
    </message>
</context>
</TS>
