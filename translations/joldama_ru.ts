<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AbroadApplicationDialog</name>
    <message>
        <source>New application for treatment abroad</source>
        <translation>Новая заявка на лечение за рубежом</translation>
    </message>
    <message>
        <source>IIN, 12 digits</source>
        <translation>ИИН, 12 цифр</translation>
    </message>
    <message>
        <source>ICD-10 code or name</source>
        <translation>Код МКБ-10 или название</translation>
    </message>
    <message>
        <source>One document a line, e.g. &quot;Extract from the medical record&quot;. Each is recorded as received today.</source>
        <translation>По одному документу в строке, например «Выписка из медицинской карты». Каждый документ будет отмечен как полученный сегодня.</translation>
    </message>
    <message>
        <source>&amp;Submit to the commission now (needs at least one document)</source>
        <translation>&amp;Отправить на комиссию сразу (нужен хотя бы один документ)</translation>
    </message>
    <message>
        <source>The lists of diseases and categories include entries from the starter list shipped with Joldama, not yet checked against the Ministry of Health&apos;s current order. Check them with Eligible lists… on the Treatment abroad page.</source>
        <translation>В перечнях заболеваний и категорий граждан есть записи из начального списка, поставляемого с Joldama, ещё не сверенные с действующим приказом Министерства здравоохранения. Сверьте их с помощью кнопки «Перечни заболеваний и категорий…» на странице «Лечение за рубежом».</translation>
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
        <translation>Заболевание из пе&amp;речня:</translation>
    </message>
    <message>
        <source>ICD-10: %1. %2</source>
        <translation>МКБ-10: %1. %2</translation>
    </message>
    <message>
        <source>&amp;Category of citizens:</source>
        <translation>&amp;Категория граждан:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>Cli&amp;nic:</source>
        <translation>К&amp;линика:</translation>
    </message>
    <message>
        <source>Documents &amp;handed in:</source>
        <translation>Представленные доку&amp;менты:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>No registered patient has this IIN. Register the patient first.</source>
        <translation>Пациент с таким ИИН не зарегистрирован. Сначала зарегистрируйте пациента.</translation>
    </message>
</context>
<context>
    <name>AbroadApplicationModel</name>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>%1 on %2, protocol %3</source>
        <translation>%1 %2, протокол № %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
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
        <source>Diagnosis</source>
        <translation>Диагноз</translation>
    </message>
    <message>
        <source>Disease from the list</source>
        <translation>Заболевание из перечня</translation>
    </message>
    <message>
        <source>Category of citizens</source>
        <translation>Категория граждан</translation>
    </message>
    <message>
        <source>Country and clinic</source>
        <translation>Страна и клиника</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Commission&apos;s decision</source>
        <translation>Решение комиссии</translation>
    </message>
</context>
<context>
    <name>AbroadApplicationPrintout</name>
    <message>
        <source>There is no application for treatment abroad with the number %1. Check the number in the list of applications.</source>
        <translation>Заявки на лечение за рубежом с номером %1 нет. Проверьте номер по списку заявок.</translation>
    </message>
    <message>
        <source>Application for treatment abroad at the expense of the budget</source>
        <translation>Заявка на лечение за рубежом за счёт бюджетных средств</translation>
    </message>
    <message>
        <source>Application No.</source>
        <translation>Заявка №</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Diagnosis and grounds</source>
        <translation>Диагноз и основания</translation>
    </message>
    <message>
        <source>Diagnosis (ICD-10)</source>
        <translation>Диагноз (МКБ-10)</translation>
    </message>
    <message>
        <source>Disease from the list</source>
        <translation>Заболевание из перечня</translation>
    </message>
    <message>
        <source>Category of citizens</source>
        <translation>Категория граждан</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Documents handed in</source>
        <translation>Представленные документы</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>No documents are recorded.</source>
        <translation>Документы не зарегистрированы.</translation>
    </message>
    <message>
        <source>Decision of the commission</source>
        <translation>Решение комиссии</translation>
    </message>
    <message>
        <source>The commission has not decided on this application yet.</source>
        <translation>Комиссия ещё не приняла решение по этой заявке.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Approved: the patient is sent for treatment abroad</source>
        <translation>Одобрено: пациент направляется на лечение за рубеж</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Protocol No.</source>
        <translation>Номер протокола</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
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
        <source>Step</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>The disease or the category was taken from the starter list shipped with Joldama, which has not been checked against the Ministry of Health&apos;s current order yet.</source>
        <translation>Заболевание или категория граждан взяты из начального списка, поставляемого с Joldama, который ещё не сверен с действующим приказом Министерства здравоохранения.</translation>
    </message>
    <message>
        <source>Clerk of the Bureau</source>
        <translation>Специалист бюро</translation>
    </message>
    <message>
        <source>Patient or their legal representative</source>
        <translation>Пациент или его законный представитель</translation>
    </message>
    <message>
        <source>Printed by %1 (Joldama %2).</source>
        <translation>Напечатал пользователь %1 (Joldama %2).</translation>
    </message>
    <message>
        <source>Application for treatment abroad No. %1</source>
        <translation>Заявка на лечение за рубежом № %1</translation>
    </message>
</context>
<context>
    <name>AbroadDecisionDialog</name>
    <message>
        <source>Decision of the commission on application No. %1</source>
        <translation>Решение комиссии по заявке № %1</translation>
    </message>
    <message>
        <source>&amp;Approved</source>
        <translation>&amp;Одобрено</translation>
    </message>
    <message>
        <source>R&amp;ejected</source>
        <translation>Отк&amp;лонено</translation>
    </message>
    <message>
        <source>As written on the protocol, e.g. 45-П</source>
        <translation>Как в протоколе, например 45-П</translation>
    </message>
    <message>
        <source>Required when the application is rejected</source>
        <translation>Обязательно, если заявка отклонена</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>&amp;Date of the decision:</source>
        <translation>&amp;Дата решения:</translation>
    </message>
    <message>
        <source>&amp;Protocol No.:</source>
        <translation>&amp;Номер протокола:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>C&amp;ountry of treatment:</source>
        <translation>&amp;Страна лечения:</translation>
    </message>
    <message>
        <source>Cli&amp;nic:</source>
        <translation>&amp;Клиника:</translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation>&amp;Записать решение</translation>
    </message>
</context>
<context>
    <name>AbroadLifecycle</name>
    <message>
        <source>The application is closed (%1): nothing more can happen to it. File a new application if the patient still needs treatment abroad.</source>
        <translation>Заявка закрыта (%1): изменить её больше нельзя. Если пациенту всё ещё нужно лечение за рубежом, оформите новую заявку.</translation>
    </message>
    <message>
        <source>Submit the application to the commission first: the commission decides only on submitted applications.</source>
        <translation>Сначала передайте заявку на комиссию: комиссия принимает решения только по переданным ей заявкам.</translation>
    </message>
    <message>
        <source>The commission has already decided on this application.</source>
        <translation>Комиссия уже приняла решение по этой заявке.</translation>
    </message>
    <message>
        <source>Only an application approved by the commission can be marked as treated.</source>
        <translation>Отметить лечение за рубежом можно только по заявке, одобренной комиссией.</translation>
    </message>
    <message>
        <source>An application cannot go back to a draft.</source>
        <translation>Заявку нельзя вернуть в черновик.</translation>
    </message>
    <message>
        <source>An application cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Заявку нельзя перевести из статуса «%1» в статус «%2».</translation>
    </message>
</context>
<context>
    <name>AbroadPage</name>
    <message>
        <source>Application not changed</source>
        <translation>Заявка не изменена</translation>
    </message>
    <message>
        <source>Application No. %1 registered.</source>
        <translation>Заявка № %1 зарегистрирована.</translation>
    </message>
    <message>
        <source>Application No. %1 submitted to the commission.</source>
        <translation>Заявка № %1 передана на комиссию.</translation>
    </message>
    <message>
        <source>The commission&apos;s decision on application No. %1 is recorded: %2.</source>
        <translation>Решение комиссии по заявке № %1 записано: %2.</translation>
    </message>
    <message>
        <source>Withdraw the application</source>
        <translation>Отзыв заявки</translation>
    </message>
    <message>
        <source>Why is application No. %1 withdrawn? Say who asked and why.</source>
        <translation>Почему отзывается заявка № %1? Укажите, по чьей просьбе и почему.</translation>
    </message>
    <message>
        <source>Treated abroad</source>
        <translation>Пролечен за рубежом</translation>
    </message>
    <message>
        <source>The patient of application No. %1 has been treated abroad. Add a note if there is one (for example the dates of treatment).</source>
        <translation>Пациент по заявке № %1 пролечен за рубежом. При необходимости добавьте примечание (например, сроки лечения).</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Добавление документа</translation>
    </message>
    <message>
        <source>Name of the document the patient handed in for application No. %1 (recorded as received today):</source>
        <translation>Название документа, представленного пациентом по заявке № %1 (будет отмечен как полученный сегодня):</translation>
    </message>
    <message>
        <source>Document added to application No. %1.</source>
        <translation>Документ добавлен к заявке № %1.</translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation>Все статусы (%1)</translation>
    </message>
    <message>
        <source>Applications shown: %1. By status: %2.</source>
        <translation>Показано заявок: %1. По статусам: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>The lists of eligible diseases and categories are still partly the starter list shipped with Joldama, not the Ministry of Health&apos;s official list: %1 entries are not checked yet. Open Eligible lists… to check them.</source>
        <translation>Перечни заболеваний и категорий граждан пока частично состоят из начального списка, поставляемого с Joldama, а не из официального перечня Министерства здравоохранения: не проверено записей — %1. Чтобы проверить их, откройте «Перечни заболеваний и категорий…».</translation>
    </message>
    <message>
        <source>Treatment abroad</source>
        <translation>Лечение за рубежом</translation>
    </message>
    <message>
        <source>Filter by patient, IIN, diagnosis or country</source>
        <translation>Отбор по пациенту, ИИН, диагнозу или стране</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Новая заявка…</translation>
    </message>
    <message>
        <source>&amp;Submit to the commission</source>
        <translation>&amp;Передать на комиссию</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>Внести &amp;решение…</translation>
    </message>
    <message>
        <source>Record the commission&apos;s decision: approved or rejected, its date and protocol number.</source>
        <translation>Записать решение комиссии (одобрено или отклонено), дату решения и номер протокола.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Ещё</translation>
    </message>
    <message>
        <source>Add a &amp;document…</source>
        <translation>Добавить &amp;документ…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Mark as &amp;treated…</source>
        <translation>&amp;Пролечен за рубежом…</translation>
    </message>
    <message>
        <source>Eligible &amp;lists…</source>
        <translation>Перечни &amp;заболеваний и категорий…</translation>
    </message>
    <message>
        <source>The diseases and the categories of citizens for which patients are sent for treatment abroad.</source>
        <translation>Заболевания и категории граждан, при которых пациенты направляются на лечение за рубеж.</translation>
    </message>
    <message>
        <source>Print the application for treatment abroad No. %1</source>
        <translation>Печать заявки на лечение за рубежом № %1</translation>
    </message>
    <message>
        <source>Choose an application in the list: it is what gets printed.</source>
        <translation>Выберите заявку в списке: печатается именно она.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>AbroadService</name>
    <message>
        <source>Choose the disease from the list of diseases for which citizens are sent for treatment abroad.</source>
        <translation>Выберите заболевание из перечня заболеваний, при которых граждане направляются на лечение за рубеж.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list of diseases for which citizens are sent for treatment abroad, so the application cannot be accepted. Choose a disease from the list; if the Ministry of Health&apos;s order includes it, add it to the list first.</source>
        <translation>«%1» нет в перечне заболеваний, при которых граждане направляются на лечение за рубеж, поэтому заявку принять нельзя. Выберите заболевание из перечня; если оно есть в приказе Министерства здравоохранения, сначала добавьте его в перечень.</translation>
    </message>
    <message>
        <source>%1 has been taken off the list of diseases for which citizens are sent for treatment abroad, so the application cannot be accepted. Check the Ministry of Health&apos;s current order.</source>
        <translation>Заболевание «%1» исключено из перечня заболеваний, при которых граждане направляются на лечение за рубеж, поэтому заявку принять нельзя. Сверьтесь с действующим приказом Министерства здравоохранения.</translation>
    </message>
    <message>
        <source>Choose the patient&apos;s category from the list of categories of citizens sent for treatment abroad.</source>
        <translation>Выберите категорию пациента из перечня категорий граждан, направляемых на лечение за рубеж.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list of categories of citizens sent for treatment abroad, so the application cannot be accepted. Choose a category from the list; if the Ministry of Health&apos;s order includes it, add it to the list first.</source>
        <translation>«%1» нет в перечне категорий граждан, направляемых на лечение за рубеж, поэтому заявку принять нельзя. Выберите категорию из перечня; если она есть в приказе Министерства здравоохранения, сначала добавьте её в перечень.</translation>
    </message>
    <message>
        <source>%1 has been taken off the list of categories of citizens sent for treatment abroad, so the application cannot be accepted. Check the Ministry of Health&apos;s current order.</source>
        <translation>Категория «%1» исключена из перечня категорий граждан, направляемых на лечение за рубеж, поэтому заявку принять нельзя. Сверьтесь с действующим приказом Министерства здравоохранения.</translation>
    </message>
    <message>
        <source>Give the name of the document, for example &quot;Extract from the medical record&quot;.</source>
        <translation>Укажите название документа, например «Выписка из медицинской карты».</translation>
    </message>
    <message>
        <source>A document cannot be received in the future (%1).</source>
        <translation>Дата получения документа не может быть в будущем (%1).</translation>
    </message>
    <message>
        <source>Choose the patient the application is for.</source>
        <translation>Выберите пациента, на которого оформляется заявка.</translation>
    </message>
    <message>
        <source>Record the documents the patient handed in before submitting the application to the commission.</source>
        <translation>Прежде чем передать заявку на комиссию, внесите документы, представленные пациентом.</translation>
    </message>
    <message>
        <source>There is no application for treatment abroad with the number %1. Check the number in the list of applications.</source>
        <translation>Заявки на лечение за рубежом с номером %1 нет. Проверьте номер по списку заявок.</translation>
    </message>
    <message>
        <source>Approval and rejection are the commission&apos;s decision: record it with the decision date and the protocol number.</source>
        <translation>Одобрение или отклонение заявки — решение комиссии: запишите его с датой решения и номером протокола.</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the application: who asked and why.</source>
        <translation>Укажите причину отзыва заявки: по чьей просьбе и почему.</translation>
    </message>
    <message>
        <source>Say whether the commission approved or rejected the application.</source>
        <translation>Укажите, одобрила комиссия заявку или отклонила.</translation>
    </message>
    <message>
        <source>Give the date of the commission&apos;s decision.</source>
        <translation>Укажите дату решения комиссии.</translation>
    </message>
    <message>
        <source>The decision date %1 is in the future. Give the date on the commission&apos;s protocol.</source>
        <translation>Дата решения %1 ещё не наступила. Укажите дату из протокола комиссии.</translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was registered (%1).</source>
        <translation>Дата решения не может быть раньше даты регистрации заявки (%1).</translation>
    </message>
    <message>
        <source>Give the number of the commission&apos;s protocol.</source>
        <translation>Укажите номер протокола комиссии.</translation>
    </message>
    <message>
        <source>Give the reason the commission rejected the application.</source>
        <translation>Укажите причину, по которой комиссия отклонила заявку.</translation>
    </message>
    <message>
        <source>Give the country where the patient will be treated.</source>
        <translation>Укажите страну, в которой пациент будет проходить лечение.</translation>
    </message>
    <message>
        <source>The application is closed (%1): documents can no longer be added to it.</source>
        <translation>Заявка закрыта (%1): добавлять к ней документы больше нельзя.</translation>
    </message>
    <message>
        <source>The code of a list entry is 2 to 40 small Latin letters, digits or underscores, for example organ_transplant.</source>
        <translation>Код записи перечня — от 2 до 40 строчных латинских букв, цифр или знаков подчёркивания, например organ_transplant.</translation>
    </message>
    <message>
        <source>Give the name in Kazakh.</source>
        <translation>Укажите название на казахском языке.</translation>
    </message>
    <message>
        <source>Give the name in Russian.</source>
        <translation>Укажите название на русском языке.</translation>
    </message>
    <message>
        <source>Give the name in English.</source>
        <translation>Укажите название на английском языке.</translation>
    </message>
    <message>
        <source>from %1 to %2 years</source>
        <translation>от %1 до %2 лет</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>до %1 лет</translation>
    </message>
    <message>
        <source>from %1 years</source>
        <translation>от %1 лет</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n year(s) old, and the category &quot;%2&quot; covers ages %3. Choose the category the patient belongs to.</source>
        <translation>
            <numerusform>%1 — %n год, а категория «%2» охватывает возраст %3. Выберите категорию, к которой относится пациент.</numerusform>
            <numerusform>%1 — %n года, а категория «%2» охватывает возраст %3. Выберите категорию, к которой относится пациент.</numerusform>
            <numerusform>%1 — %n лет, а категория «%2» охватывает возраст %3. Выберите категорию, к которой относится пациент.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis text has %1 characters; at most %2 fit. Shorten it to the diagnosis itself.</source>
        <translation>В тексте диагноза %1 знаков; помещается не больше %2. Оставьте только сам диагноз.</translation>
    </message>
    <message>
        <source>%1 is not yet in the ICD-10 dictionary. Type the diagnosis as the documents word it: the application is accepted with it, and the code is kept for the next time.</source>
        <translation>Кода %1 ещё нет в справочнике МКБ-10. Введите диагноз так, как он записан в документах: заявка будет принята с ним, а код сохранится на следующий раз.</translation>
    </message>
    <message>
        <source>An age of %1 years is out of range: give 0 to 150, or no bound.</source>
        <translation>Возраст %1 лет вне допустимых границ: укажите от 0 до 150 или оставьте без границы.</translation>
    </message>
    <message>
        <source>The ages run from %1 to %2: the first must not be above the second.</source>
        <translation>Возраст указан от %1 до %2: первое число не может быть больше второго.</translation>
    </message>
</context>
<context>
    <name>AbroadStatuses</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted to the commission</source>
        <translation>Передана на комиссию</translation>
    </message>
    <message>
        <source>Approved by the commission</source>
        <translation>Одобрена комиссией</translation>
    </message>
    <message>
        <source>Rejected by the commission</source>
        <translation>Отклонена комиссией</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <source>Treated abroad</source>
        <translation>Пролечен за рубежом</translation>
    </message>
</context>
<context>
    <name>AccessMenus</name>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <source>User accounts, their roles and passwords</source>
        <translation>Учётные записи пользователей, их роли и пароли</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <source>Who saw and changed what, and the check of the log</source>
        <translation>Кто что просматривал и изменял, и проверка журнала</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>&amp;Заблокировать окно</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>The administrator&apos;s account</source>
        <translation>Учётная запись администратора</translation>
    </message>
    <message>
        <source>New user account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>for example aigerim.s</source>
        <translation>например, aigerim.s</translation>
    </message>
    <message>
        <source>This database has no user accounts yet: anyone at this computer sees and changes everything. The first account is the administrator&apos;s; from then on everyone signs in, and every view and change is recorded in the audit log. You are signed in as the administrator at once.</source>
        <translation>В этой базе данных пока нет учётных записей: любой за этим компьютером видит и изменяет всё. Первая учётная запись — администратора; после этого каждый входит под своим логином, и каждый просмотр и каждое изменение записываются в журнал аудита. Вы сразу входите как администратор.</translation>
    </message>
    <message>
        <source>A password of at least %1 characters: a few words that belong together are easier to remember than a short jumble. Tell it to the person in private; they can change it later.</source>
        <translation>Пароль не короче %1 символов: несколько связанных по смыслу слов запомнить легче, чем короткий набор знаков. Сообщите его сотруднику наедине; позже он сможет его сменить.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>&amp;Add the account</source>
        <translation>&amp;Добавить учётную запись</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <source>&quot;%1&quot; cannot be a login. Use 2 to 32 Latin letters, digits, dots, hyphens or underscores, beginning with a letter, for example aigerim.s.</source>
        <translation>«%1» не может быть логином. Используйте от 2 до 32 латинских букв, цифр, точек, дефисов или подчёркиваний, начиная с буквы, например aigerim.s.</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters. A few words that belong together are easier to remember than a short jumble.</source>
        <translation>Пароль слишком короткий: нужно не меньше %1 символов. Несколько связанных по смыслу слов запомнить легче, чем короткий набор знаков.</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Пароль слишком длинный: допускается не больше %1 символов.</translation>
    </message>
    <message>
        <source>The password must not contain the login. Choose another one.</source>
        <translation>Пароль не должен содержать логин. Выберите другой.</translation>
    </message>
    <message>
        <source>The password must not be one character repeated. Choose another one.</source>
        <translation>Пароль не может состоять из одного повторяющегося символа. Выберите другой.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>This database keeps a sealed audit log, and this computer does not have its key (looked for %1). Ask the administrator for a copy of the key file and put it there, or name it with the environment variable JOLDAMA_AUDIT_KEY_FILE.</source>
        <translation>Эта база данных ведёт защищённый журнал аудита, а на этом компьютере нет его ключа (искали здесь: %1). Попросите у администратора копию файла ключа и положите её туда или укажите её в переменной окружения JOLDAMA_AUDIT_KEY_FILE.</translation>
    </message>
    <message>
        <source>The audit key in %1 (%2) is not this database&apos;s (%3). Put this database&apos;s key file there, or name it with JOLDAMA_AUDIT_KEY_FILE.</source>
        <translation>Ключ аудита в %1 (%2) не от этой базы данных (её ключ — %3). Положите туда файл ключа этой базы или укажите его в JOLDAMA_AUDIT_KEY_FILE.</translation>
    </message>
    <message>
        <source>The window locks after 1 to 240 minutes without input; %1 is outside that.</source>
        <translation>Окно блокируется после простоя от 1 до 240 минут; %1 — вне этих пределов.</translation>
    </message>
    <message>
        <source>There is no account %1. joldama-cli users list shows the accounts.</source>
        <translation>Учётной записи %1 нет. Список учётных записей выводит joldama-cli users list.</translation>
    </message>
    <message>
        <source>The first account must be an administrator&apos;s (--role admin): the administrator then adds the clerks&apos; accounts.</source>
        <translation>Первая учётная запись должна быть администратора (--role admin): затем администратор добавляет учётные записи регистраторов.</translation>
    </message>
    <message>
        <source>Another workstation created the first account meanwhile. Open the database again and sign in.</source>
        <translation>Тем временем первую учётную запись создали на другом рабочем месте. Откройте базу данных заново и войдите.</translation>
    </message>
    <message>
        <source>There is already an account %1. Choose another login.</source>
        <translation>Учётная запись %1 уже есть. Выберите другой логин.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator: add another administrator first, or nobody could manage the accounts any more.</source>
        <translation>%1 — единственный действующий администратор: сначала добавьте другого администратора, иначе управлять учётными записями будет некому.</translation>
    </message>
    <message>
        <source>You cannot change your own role. Ask another administrator.</source>
        <translation>Нельзя изменить собственную роль. Обратитесь к другому администратору.</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>Нельзя отключить собственную учётную запись. Обратитесь к другому администратору.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Чтобы сменить пароль, сначала войдите.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation>Новый пароль совпадает с текущим. Выберите другой.</translation>
    </message>
    <message>
        <source>Wrong login or password. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Неверный логин или пароль. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Only the administrator can unlock it (Bureau → Users…, or joldama-cli users unlock %1).</source>
        <translation>Разблокировать её может только администратор (Бюро → Пользователи… или joldama-cli users unlock %1).</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 wrong passwords in a row.</source>
        <translation>Учётная запись %1 заблокирована после %2 неверных паролей подряд.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for %1: try again after %2.</source>
        <translation>Слишком много неверных паролей для %1: повторите попытку после %2.</translation>
    </message>
    <message>
        <source>The account %1 is now locked after %2 wrong passwords in a row.</source>
        <translation>После %2 неверных паролей подряд учётная запись %1 заблокирована.</translation>
    </message>
    <message>
        <source>After %1 wrong passwords in a row the next try waits until %2.</source>
        <translation>После %1 неверных паролей подряд следующая попытка возможна не раньше %2.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the administrator.</source>
        <translation>Учётная запись %1 отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>This database has no user accounts yet: it works without signing in. The first account is made with joldama-cli users add LOGIN --role admin.</source>
        <translation>В этой базе данных пока нет учётных записей: она работает без входа. Первая учётная запись создаётся командой joldama-cli users add ЛОГИН --role admin.</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in instead.</source>
        <translation>Никто не вошёл: выполните вход.</translation>
    </message>
</context>
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
        <source>Open another database?</source>
        <translation>Открыть другую базу данных?</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>audit log started</source>
        <translation>журнал аудита начат</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>неудачный вход</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>выход</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>учётная запись заблокирована</translation>
    </message>
    <message>
        <source>window locked</source>
        <translation>окно заблокировано</translation>
    </message>
    <message>
        <source>window unlocked</source>
        <translation>окно разблокировано</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>просмотр</translation>
    </message>
    <message>
        <source>searched</source>
        <translation>поиск</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>печать</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>выгрузка</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>account added</source>
        <translation>учётная запись добавлена</translation>
    </message>
    <message>
        <source>role changed</source>
        <translation>роль изменена</translation>
    </message>
    <message>
        <source>account renamed</source>
        <translation>ФИО изменено</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>учётная запись отключена</translation>
    </message>
    <message>
        <source>account enabled</source>
        <translation>учётная запись включена</translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation>учётная запись разблокирована</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>пароль сброшен</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>пароль изменён</translation>
    </message>
    <message>
        <source>checkpoint written</source>
        <translation>контрольная точка записана</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>резервная копия</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>восстановление</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>This is not an audit checkpoint written by joldama-cli audit anchor. Give the file the anchor was written to.</source>
        <translation>Это не контрольная точка журнала аудита, записанная командой joldama-cli audit anchor. Укажите файл, в который была записана контрольная точка.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation>Не удалось запустить криптографическую библиотеку (libsodium).</translation>
    </message>
</context>
<context>
    <name>AuditKeyFile</name>
    <message>
        <source>The audit key file %1 cannot be read (%2). Ask the administrator to give you read access to it.</source>
        <translation>Не удаётся прочитать файл ключа аудита %1 (%2). Попросите администратора дать вам право на его чтение.</translation>
    </message>
    <message>
        <source>%1 is not a Joldama audit key file. Restore the key file from its copy; without it nobody can sign in to this database.</source>
        <translation>%1 — не файл ключа аудита Joldama. Восстановите файл ключа из копии: без него никто не сможет войти в эту базу данных.</translation>
    </message>
    <message>
        <source>An audit key file %1 already exists. Move it away only if it belongs to no database in use.</source>
        <translation>Файл ключа аудита %1 уже существует. Убирайте его, только если он не относится ни к одной используемой базе данных.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the audit key.</source>
        <translation>Не удаётся создать папку %1 для ключа аудита.</translation>
    </message>
    <message>
        <source>Cannot create the audit key file %1. Check that you may write to its folder.</source>
        <translation>Не удаётся создать файл ключа аудита %1. Проверьте, есть ли у вас право записи в его папку.</translation>
    </message>
    <message>
        <source>Cannot write the audit key file %1. Check the disk and try again.</source>
        <translation>Не удаётся записать файл ключа аудита %1. Проверьте диск и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>any account</source>
        <translation>любая учётная запись</translation>
    </message>
    <message>
        <source>IIN, 12 digits</source>
        <translation>ИИН, 12 цифр</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>любое действие</translation>
    </message>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation>Выберите запись, чтобы увидеть, что она изменила.</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Пациент:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>&amp;Check the log</source>
        <translation>&amp;Проверить журнал</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Учётная запись: %1</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Пациент: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Действие: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>С %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>По %1</translation>
    </message>
    <message>
        <source>Print the audit log</source>
        <translation>Печать журнала аудита</translation>
    </message>
    <message>
        <source>(refused)</source>
        <translation>(отказано)</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(ошибка)</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>This database keeps no audit log yet: it begins with the first user account (joldama-cli users add LOGIN --role admin).</source>
        <translation>Эта база данных пока не ведёт журнал аудита: он начинается с первой учётной записи (joldama-cli users add ЛОГИН --role admin).</translation>
    </message>
    <message>
        <source>The audit log is empty although the database has user accounts: every entry was deleted.</source>
        <translation>Журнал аудита пуст, хотя в базе данных есть учётные записи: все записи журнала удалены.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s signature is not valid: the checkpoint file was altered. Use an intact copy of it.</source>
        <translation>Подпись контрольной точки недействительна: файл контрольной точки был изменён. Используйте неповреждённую копию.</translation>
    </message>
    <message>
        <source>The checkpoint belongs to another database (%1). Give a checkpoint written for this one.</source>
        <translation>Контрольная точка относится к другой базе данных (%1). Укажите контрольную точку этой базы.</translation>
    </message>
    <message>
        <source>The checkpoint was signed with another audit key (%1; this database&apos;s key is %2).</source>
        <translation>Контрольная точка подписана другим ключом аудита (%1; ключ этой базы данных — %2).</translation>
    </message>
    <message>
        <source>The checkpoint of %1 counted %2 entries, but entries from %3 on were removed (the log now holds %4).</source>
        <translation>Контрольная точка от %1 насчитывала %2 записей, но записи начиная с %3 удалены (сейчас в журнале %4).</translation>
    </message>
    <message>
        <source>The log differs from the checkpoint of %1 (entry %2): it was cut or rewritten from entry %3 on.</source>
        <translation>Журнал расходится с контрольной точкой от %1 (запись %2): начиная с записи %3 он обрезан или переписан.</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>Журнал аудита не нарушен: проверено записей — %1.</translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>The account %1 has been disabled. Nothing was saved; ask the administrator.</source>
        <translation>Учётная запись %1 отключена. Ничего не сохранено; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The role of the account %1 was changed by the administrator. Nothing was saved; sign in again to continue with the new role.</source>
        <translation>Администратор изменил роль учётной записи %1. Ничего не сохранено; войдите заново, чтобы продолжить с новой ролью.</translation>
    </message>
    <message>
        <source>The audit log is not kept on this connection.</source>
        <translation>На этом подключении журнал аудита не ведётся.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log goes from entry %2 to entry %3 (an entry was deleted).</source>
        <translation>Записи %1 нет: журнал переходит от записи %2 сразу к записи %3 (запись удалена).</translation>
    </message>
    <message>
        <source>Entry %1 appears out of order (the entries were renumbered or reordered).</source>
        <translation>Запись %1 стоит не на своём месте (записи перенумерованы или переставлены).</translation>
    </message>
    <message>
        <source>Entry %1 was altered, or entries were reordered: its seal does not match its contents.</source>
        <translation>Запись %1 изменена, или записи переставлены: её печать не совпадает с содержимым.</translation>
    </message>
    <message>
        <source>The changes sealed by entry %1 (change log rows %2 to %3) were altered or removed.</source>
        <translation>Изменения, заверенные записью %1 (строки журнала изменений с %2 по %3), изменены или удалены.</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>Sign in first: this database has user accounts, and %1 is for the %2.</source>
        <translation>Сначала войдите: в этой базе данных есть учётные записи, а %1 — только для ролей: %2.</translation>
    </message>
    <message>
        <source>Refused: %1 is for the %2; you are signed in as %3, %4. Ask a colleague with that role, or the administrator.</source>
        <translation>Отказано: %1 — только для ролей: %2. Вы вошли как %3, ваша роль — %4. Обратитесь к сотруднику с такой ролью или к администратору.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>A shared PostgreSQL database is backed up on its server by the administrator, with pg_dump (see the README).</source>
        <translation>Резервную копию общей базы данных PostgreSQL делает администратор на её сервере с помощью pg_dump (см. README).</translation>
    </message>
    <message>
        <source>%1 is the database itself. Choose another file for the backup.</source>
        <translation>%1 — это сама база данных. Выберите для резервной копии другой файл.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a folder you may write to.</source>
        <translation>Не удаётся создать папку %1. Выберите папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>The copy failed its check, so it was not kept: %1 The database itself is unchanged; try again, and if it fails again, report the problem.</source>
        <translation>Копия не прошла проверку и поэтому не сохранена: %1 Сама база данных не изменилась; повторите попытку, а если ошибка повторится, сообщите о проблеме.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Choose another file.</source>
        <translation>Не удаётся записать файл %1 (%2). Выберите другой файл.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Make a backup of the database every day</source>
        <translation>Каждый день делать резервную копию базы данных</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматические резервные копии</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Папка для автоматических резервных копий</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>The backup is made when the window is open, or at the first start of the day, and checked before it counts. Kept: the last 7 days, 5 weeks and 12 months. Keep a copy on another disk too, inside Kazakhstan.</source>
        <translation>Резервная копия делается, пока окно открыто, или при первом запуске за день, и засчитывается только после проверки. Хранятся копии за последние 7 дней, 5 недель и 12 месяцев. Храните копию и на другом диске — на территории Казахстана.</translation>
    </message>
    <message>
        <source>This database&apos;s backups go to %1</source>
        <translation>Резервные копии этой базы данных сохраняются в %1</translation>
    </message>
    <message>
        <source>Give the whole path of a folder, for example %1.</source>
        <translation>Укажите полный путь к папке, например %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a folder you may write to.</source>
        <translation>Не удаётся создать папку %1. Выберите папку, в которую у вас есть право записи.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The disk holding %1 is full. Free some space or choose another folder, and try again.</source>
        <translation>Диск, на котором находится %1, заполнен. Освободите место или выберите другую папку и повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose a folder you may write to.</source>
        <translation>Не удаётся записать %1. Выберите папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>The database stayed busy while %1. Try again in a moment.</source>
        <translation>База данных оставалась занятой (%1). Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>SQLite failed while %1 (%2).</source>
        <translation>Ошибка SQLite (%1): %2.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up by its administrator with pg_dump (see the README); joldama-cli backs up SQLite files.</source>
        <translation>Резервную копию общей базы данных PostgreSQL делает её администратор с помощью pg_dump (см. README); joldama-cli копирует файлы SQLite.</translation>
    </message>
    <message>
        <source>Cannot create %1. Check that the folder exists and you may write to it.</source>
        <translation>Не удаётся создать %1. Проверьте, что папка существует и у вас есть право записи в неё.</translation>
    </message>
    <message>
        <source>creating the backup</source>
        <translation>создание резервной копии</translation>
    </message>
    <message>
        <source>starting the backup</source>
        <translation>начало резервного копирования</translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation>копирование базы данных</translation>
    </message>
    <message>
        <source>closing the backup</source>
        <translation>завершение резервной копии</translation>
    </message>
    <message>
        <source>sealing the backup</source>
        <translation>запись описи резервной копии</translation>
    </message>
    <message>
        <source>reading the backup&apos;s schema version</source>
        <translation>чтение версии схемы резервной копии</translation>
    </message>
    <message>
        <source>reading the backup</source>
        <translation>чтение резервной копии</translation>
    </message>
    <message>
        <source>writing the backup&apos;s manifest</source>
        <translation>запись описи резервной копии</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 не существует или не является файлом.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Joldama backup: it is not an SQLite database at all.</source>
        <translation>%1 — не резервная копия Joldama: это вообще не база данных SQLite.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database (%2).</source>
        <translation>%1 не удаётся открыть как базу данных (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 повреждён: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2).</source>
        <translation>%1 повреждён (проверка целостности SQLite: %2).</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Joldama backup.</source>
        <translation>%1 — база данных другой программы, а не резервная копия Joldama.</translation>
    </message>
    <message>
        <source>%1 is a Joldama database but not a backup made by Joldama (it has no manifest). Make a backup of it with joldama-cli --db %1 backup -o FILE.</source>
        <translation>%1 — база данных Joldama, но не резервная копия, сделанная Joldama (в ней нет описи). Сделайте её резервную копию командой joldama-cli --db %1 backup -o ФАЙЛ.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Joldama (backup format %2). Use that Joldama to check it.</source>
        <translation>%1 сделан более новой версией Joldama (формат резервной копии %2). Проверьте его этой версией Joldama.</translation>
    </message>
    <message>
        <source>The schema version in %1 (%2) differs from its manifest (%3).</source>
        <translation>Версия схемы в %1 (%2) не совпадает с описью (%3).</translation>
    </message>
    <message>
        <source>%1 rows in %2 point at records that are not there.</source>
        <translation>В таблицах %2 есть строки, ссылающиеся на отсутствующие записи: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read whole (%2).</source>
        <translation>%1 не удаётся прочитать целиком (%2).</translation>
    </message>
    <message>
        <source>Rows are missing or added since the backup was made: %1.</source>
        <translation>После создания резервной копии строки пропали или добавились: %1.</translation>
    </message>
    <message>
        <source>The contents of %1 changed since the backup was made (the checksum differs).</source>
        <translation>Содержимое %1 изменилось после создания резервной копии (контрольная сумма не совпадает).</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 differs from the one in %1: the file was changed after the backup was made.</source>
        <translation>SHA-256 файла не совпадает с записанной в %1: файл изменили после создания резервной копии.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
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
    <message>
        <source>Enter a whole number of beds.</source>
        <translation>Введите число коек целым числом.</translation>
    </message>
</context>
<context>
    <name>BedService</name>
    <message>
        <source>There is no hospital with the code &quot;%1&quot;.</source>
        <translation>Медицинской организации с кодом «%1» нет.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bed profile.</source>
        <translation>«%1» — не профиль койки.</translation>
    </message>
    <message>
        <source>Bed numbers cannot be negative.</source>
        <translation>Число коек не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Occupied (%1) and reserved (%2) beds together exceed the %3 beds of the profile. Check the numbers.</source>
        <translation>Занятых (%1) и зарезервированных (%2) коек в сумме больше, чем всего коек по профилю (%3). Проверьте числа.</translation>
    </message>
    <message>
        <source>The form of care is round_the_clock or day.</source>
        <translation>Форма помощи должна быть round_the_clock или day.</translation>
    </message>
    <message>
        <source>A bed report for %1 is more than a year from today. Check the year: beds are reported for today or the days close to it.</source>
        <translation>Сведения о койках на %1 — больше чем на год от сегодняшнего дня. Проверьте год: койки сообщают на сегодня или на ближайшие дни.</translation>
    </message>
    <message>
        <source>The bed report is for %1, %2 days ahead. If that day is meant, confirm it; otherwise correct the date.</source>
        <translation>Сведения о койках на %1 — на %2 дн. вперёд. Если имеется в виду этот день, подтвердите его; иначе исправьте дату.</translation>
    </message>
    <message>
        <source>The bed report is for %1, %2 days ago. If that day is meant, confirm it; otherwise correct the date.</source>
        <translation>Сведения о койках на %1 — %2 дн. назад. Если имеется в виду этот день, подтвердите его; иначе исправьте дату.</translation>
    </message>
    <message>
        <source>%1 beds is out of range: a hospital has at most %2 beds in one profile. Check the number.</source>
        <translation>%1 коек — вне допустимых границ: в одном профиле больницы не больше %2 коек. Проверьте число.</translation>
    </message>
</context>
<context>
    <name>BedsPrintout</name>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation>«%1» — не регион. Укажите двузначный код КАТО региона, например 71 для Астаны.</translation>
    </message>
</context>
<context>
    <name>BureauDialog</name>
    <message>
        <source>Bureau details</source>
        <translation>Сведения о бюро</translation>
    </message>
    <message>
        <source>Bureau of Hospitalization</source>
        <translation>Бюро госпитализации</translation>
    </message>
    <message>
        <source>— the region of what is printed —</source>
        <translation>— регион того, что печатается —</translation>
    </message>
    <message>
        <source>Every printout names the bureau in its heading: referral tickets, queue lists and the other lists. Without a name it says «Bureau of Hospitalization» in the printout&apos;s language; without a region it names the region of the hospital printed. The details are kept in the database, so every workstation of the bureau prints the same.</source>
        <translation>Название бюро печатается в шапке каждого документа: талонов направления, листов ожидания и других списков. Если название не указано, печатается «Бюро госпитализации» на языке документа; если не указан регион — регион медицинской организации, для которой печатается документ. Сведения хранятся в базе данных, поэтому на всех рабочих местах бюро шапка одинаковая.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
</context>
<context>
    <name>BureauService</name>
    <message>
        <source>The bureau&apos;s name is at most %1 characters.</source>
        <translation>Название бюро — не более %1 символов.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation>«%1» — не регион. Укажите двузначный код КАТО региона, например 71 для Астаны.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working calendar</source>
        <translation>Производственный календарь</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Add a &amp;day off…</source>
        <translation>Добавить &amp;выходной день…</translation>
    </message>
    <message>
        <source>Add a &amp;working weekend day…</source>
        <translation>Добавить &amp;рабочий день в выходные…</translation>
    </message>
    <message>
        <source>&amp;Make an ordinary day</source>
        <translation>Сделать &amp;обычным днём</translation>
    </message>
    <message>
        <source>Holidays of Kazakhstan and the days off carried over from weekends are shipped for this year and the next. Days the Government moves by decree, and later years, are entered here. Preliminary dates are planned again after every change.</source>
        <translation>Праздничные дни Казахстана и выходные дни, перенесённые из-за совпадения праздников с выходными, уже внесены в программу на текущий и следующий год. Дни, перенесённые постановлением Правительства, и последующие годы вносятся здесь. После каждого изменения предварительные даты рассчитываются заново.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид дня</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной день</translation>
    </message>
    <message>
        <source>Working weekend day</source>
        <translation>Рабочий день в выходные</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>for example: moved from 2 January</source>
        <translation>например: перенос со 2 января</translation>
    </message>
    <message>
        <source>name of the holiday or of the decree</source>
        <translation>название праздника или постановления</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Calendar not changed</source>
        <translation>Календарь не изменён</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>Give the day as YYYY-MM-DD.</source>
        <translation>Укажите дату в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Name the holiday or the reason for the day off.</source>
        <translation>Укажите название праздника или причину выходного дня.</translation>
    </message>
    <message>
        <source>%1 is a weekday: it is a working day already unless it is a holiday; clear the holiday instead.</source>
        <translation>%1 — будний день: он и так рабочий, если только это не праздник; чтобы сделать его рабочим, отмените праздник кнопкой «Сделать обычным днём».</translation>
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
    <message>
        <source>Patient saved</source>
        <translation>Пациент сохранён</translation>
    </message>
    <message>
        <source>%1 is registered, IIN %2.

Register a referral for this patient now?</source>
        <translation>Пациент %1 зарегистрирован, ИИН %2.

Зарегистрировать направление для этого пациента сейчас?</translation>
    </message>
    <message>
        <source>&amp;Register a referral…</source>
        <translation>&amp;Зарегистрировать направление…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Print ticket…</source>
        <translation>&amp;Печать талона…</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Копировать код</translation>
    </message>
    <message>
        <source>&amp;Open the referral</source>
        <translation>&amp;Открыть направление</translation>
    </message>
    <message>
        <source>Code %1 copied: paste it with Ctrl+V.</source>
        <translation>Код %1 скопирован: вставьте его клавишами Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
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
        <translation>Заболевание</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>%1 %2, protocol %3</source>
        <translation>%1 %2, протокол %3</translation>
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
        <source>ID</source>
        <translation>№</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
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
        <translation>ЗАБОЛЕВАНИЕ</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>СТРАНА</translation>
    </message>
    <message>
        <source>APPLICATIONS</source>
        <translation>ЗАЯВОК</translation>
    </message>
    <message>
        <source>There is no application for treatment abroad with the number %1. Check the number with abroad list.</source>
        <translation>Заявки на лечение за рубежом с номером %1 нет. Проверьте номер командой abroad list.</translation>
    </message>
    <message numerus="yes">
        <source>Application %1 written to %2 (%n page(s))</source>
        <translation>
            <numerusform>Заявка %1 записана в %2 (%n страница)</numerusform>
            <numerusform>Заявка %1 записана в %2 (%n страницы)</numerusform>
            <numerusform>Заявка %1 записана в %2 (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <source>starter, unchecked</source>
        <translation>стартовый, не проверен</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>не используется</translation>
    </message>
    <message>
        <source>ages %1–%2</source>
        <translation>возраст %1–%2</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАИМЕНОВАНИЕ</translation>
    </message>
    <message>
        <source>Entries marked &quot;starter&quot; come from the starter list shipped with Joldama, not the official list: check each against the Ministry of Health&apos;s current order and save it (abroad diseases set / abroad categories set).</source>
        <translation>Записи с пометкой «стартовый» взяты из стартового списка Joldama, а не из официального: сверьте каждую с действующим приказом Министерства здравоохранения и сохраните её (abroad diseases set / abroad categories set).</translation>
    </message>
    <message>
        <source>If it is right, run the command again with --yes.</source>
        <translation>Если всё верно, выполните команду снова с --yes.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another path.</source>
        <translation>Не удаётся записать %1: %2. Выберите другой путь.</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2. Nothing was written.</source>
        <translation>Не удаётся завершить %1: %2. Ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation>
            <numerusform>%n запись записана в %1</numerusform>
            <numerusform>%n записи записаны в %1</numerusform>
            <numerusform>%n записей записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 / %3   (%4 s)</source>
        <translation>%1: %2 / %3   (%4 с)</translation>
    </message>
    <message>
        <source>Generated %1 patients and %2 referrals in %3 s</source>
        <translation>Создано пациентов: %1, направлений: %2 за %3 с</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path.</source>
        <translation>Не удаётся прочитать %1: %2. Проверьте путь.</translation>
    </message>
    <message>
        <source>%1 rows, %2%</source>
        <translation>%1 строк, %2%</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more bad rows</source>
        <translation>… и ещё %1 ошибочных строк</translation>
    </message>
    <message>
        <source>%1: valid, born %2, %3</source>
        <translation>%1: верный, дата рождения %2, %3</translation>
    </message>
    <message>
        <source>%1: invalid (%2). %3</source>
        <translation>%1: неверный (%2). %3</translation>
    </message>
    <message>
        <source>Registered %1 %2</source>
        <translation>Зарегистрирован %1 %2</translation>
    </message>
    <message>
        <source>BORN</source>
        <translation>РОДИЛСЯ</translation>
    </message>
    <message>
        <source>SEX</source>
        <translation>ПОЛ</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>ТЕЛЕФОН</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>РЕГИОН</translation>
    </message>
    <message>
        <source>No patient with IIN %1 is registered.</source>
        <translation>Пациент с ИИН %1 не зарегистрирован.</translation>
    </message>
    <message>
        <source>There is no printer named &quot;%1&quot;. Printers here: %2.</source>
        <translation>Принтера «%1» нет. Принтеры здесь: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer %1</source>
        <translation>
            <numerusform>%n страница отправлена на принтер %1</numerusform>
            <numerusform>%n страницы отправлены на принтер %1</numerusform>
            <numerusform>%n страниц отправлено на принтер %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ГОД</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>ПРОФИЛЬ</translation>
    </message>
    <message>
        <source>ALLOCATED</source>
        <translation>ВЫДЕЛЕНО</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>ИСПОЛЬЗОВАНО</translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation>ОСТАТОК</translation>
    </message>
    <message>
        <source>HTMC PROFILE</source>
        <translation>ПРОФИЛЬ ВТМУ</translation>
    </message>
    <message>
        <source>split by population</source>
        <translation>распределено по населению</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задано</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>КОГДА</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>КТО</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>БЫЛО</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>СТАЛО</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>КАК</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation>База данных готова: %1 (версия схемы %2)</translation>
    </message>
    <message>
        <source>%1 (database schema %2)</source>
        <translation>%1 (схема базы данных %2)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>КОД ГОРОДА</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ОБНОВЛЕНО</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>выведен из списка</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>ДОКУМЕНТ</translation>
    </message>
    <message>
        <source>VALID DAYS</source>
        <translation>ДЕЙСТВУЕТ ДНЕЙ</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>ОБЯЗАТЕЛЕН</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>ПРИЧИНА</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Больница</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Квота</translation>
    </message>
    <message>
        <source>%1 %2, region %3</source>
        <translation>%1 %2, регион %3</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation>Предварительно</translation>
    </message>
    <message>
        <source>admitted without: %1; why: %2</source>
        <translation>госпитализирован без: %1; почему: %2</translation>
    </message>
    <message>
        <source>transferred to %1</source>
        <translation>переведено в %1</translation>
    </message>
    <message>
        <source>a second place in this profile (besides %1); why: %2</source>
        <translation>второе место в этом профиле (кроме %1); почему: %2</translation>
    </message>
    <message>
        <source>the diagnosis was not yet in the ICD-10 dictionary</source>
        <translation>диагноза ещё не было в справочнике МКБ-10</translation>
    </message>
    <message>
        <source>To move the patient: joldama-cli referrals transition CODE transferred --hospital CODE. To register a second referral anyway: --second-referral-reason TEXT.</source>
        <translation>Чтобы перевести пациента: joldama-cli referrals transition CODE transferred --hospital CODE. Чтобы всё же зарегистрировать второе направление: --second-referral-reason ТЕКСТ.</translation>
    </message>
    <message>
        <source>No referral has the code %1. Check the code on the ticket.</source>
        <translation>Направления с кодом %1 нет. Проверьте код на талоне.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Бюро</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>МЕСТО</translation>
    </message>
    <message>
        <source>REGISTERED</source>
        <translation>ЗАРЕГИСТРИРОВАНО</translation>
    </message>
    <message>
        <source>PRELIMINARY</source>
        <translation>ПРЕДВАРИТЕЛЬНО</translation>
    </message>
    <message numerus="yes">
        <source>%n planned admission(s) a day</source>
        <translation>
            <numerusform>%n плановая госпитализация в день</numerusform>
            <numerusform>%n плановые госпитализации в день</numerusform>
            <numerusform>%n плановых госпитализаций в день</numerusform>
        </translation>
    </message>
    <message>
        <source>HOSPITAL</source>
        <translation>БОЛЬНИЦА</translation>
    </message>
    <message>
        <source>BEDS</source>
        <translation>КОЕК</translation>
    </message>
    <message>
        <source>FREE_TODAY</source>
        <translation>СВОБОДНО_СЕГОДНЯ</translation>
    </message>
    <message>
        <source>TOMORROW</source>
        <translation>ЗАВТРА</translation>
    </message>
    <message>
        <source>DAY_AFTER</source>
        <translation>ПОСЛЕЗАВТРА</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>свободно %1 из %2</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ВСЕГО</translation>
    </message>
    <message>
        <source>OCCUPIED</source>
        <translation>ЗАНЯТО</translation>
    </message>
    <message>
        <source>RESERVED</source>
        <translation>РЕЗЕРВ</translation>
    </message>
    <message>
        <source>REPORTED_AT</source>
        <translation>СООБЩЕНО</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>КЕМ</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>%1 saved; waiting lists planned again</source>
        <translation>%1 сохранён; листы ожидания пересчитаны</translation>
    </message>
    <message>
        <source>%1 is an ordinary day again</source>
        <translation>%1 снова обычный день</translation>
    </message>
    <message>
        <source>Referrals: %1, registered today %2, this month %3, refused share %4%</source>
        <translation>Направлений: %1, зарегистрировано сегодня %2, в этом месяце %3, доля отказов %4%</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>ОЖИДАЮТ</translation>
    </message>
    <message>
        <source>MEDIAN_DAYS</source>
        <translation>МЕДИАНА_ДНЕЙ</translation>
    </message>
    <message>
        <source>P90_DAYS</source>
        <translation>P90_ДНЕЙ</translation>
    </message>
    <message>
        <source>Lookups: today %1, yesterday %2, this month %3; workstations online %4</source>
        <translation>Справки: сегодня %1, вчера %2, в этом месяце %3; рабочих мест на связи: %4</translation>
    </message>
    <message>
        <source>The role %1 may now read and write the records; it may only add to the audit log and may not change the schema, which stays the role %2&apos;s.</source>
        <translation>Роль %1 теперь может читать и изменять записи; в журнал аудита она может только добавлять записи и не может изменять схему, которая остаётся за ролью %2.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Show those already &amp;reviewed</source>
        <translation>Показать уже &amp;рассмотренные</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Отметить как рассмотренный</translation>
    </message>
    <message>
        <source>Exchange conflicts</source>
        <translation>Конфликты обмена</translation>
    </message>
    <message>
        <source>What was decided, for example: phoned the patient, the bureau&apos;s number is right</source>
        <translation>Что решено, например: позвонили пациенту, верен номер бюро</translation>
    </message>
    <message>
        <source>Nothing is dropped in an exchange: where the bureau and a workstation changed the same field, or a workstation changed a referral the bureau had closed, the bureau&apos;s value stays and both are listed here. Correct the record if the other value is right, then mark the conflict as reviewed.</source>
        <translation>При обмене ничего не теряется: если бюро и рабочее место изменили одно и то же поле или рабочее место изменило направление, уже закрытое бюро, остаётся значение бюро, а оба значения перечислены здесь. Если верно другое значение, исправьте запись, затем отметьте конфликт как рассмотренный.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Confirmed date</source>
        <translation>Подтверждённая дата</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Поликлиника прикрепления</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Категория льготы</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Код направления</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Дата госпитализации</translation>
    </message>
    <message>
        <source>Discharged on</source>
        <translation>Дата выписки</translation>
    </message>
    <message>
        <source>changed at both</source>
        <translation>изменено в обоих местах</translation>
    </message>
    <message>
        <source>referral closed by the bureau</source>
        <translation>направление закрыто бюро</translation>
    </message>
    <message>
        <source>record deleted at the bureau</source>
        <translation>запись удалена в бюро</translation>
    </message>
    <message>
        <source>code already taken</source>
        <translation>код уже занят</translation>
    </message>
    <message>
        <source>step not taken at the bureau</source>
        <translation>шаг не принят в бюро</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Оставлено</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаружено</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <source>reviewed by %1: %2</source>
        <translation>рассмотрел(а) %1: %2</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>ждёт рассмотрения</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is saved as UTF-16 (Excel&apos;s &quot;Unicode text&quot;), not UTF-8. Save it again as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>Файл сохранён в UTF-16 («Текст в Юникоде» Excel), а не в UTF-8. Сохраните его заново как «CSV UTF-8 (разделитель — запятая)» и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>The line holds a NUL byte, which no text has: the file is not a plain CSV text (perhaps a spreadsheet, or text saved as UTF-16). Save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>В строке есть нулевой байт (NUL), которого не бывает в тексте: файл — не простой текст CSV (возможно, это электронная таблица или текст в UTF-16). Сохраните его как «CSV UTF-8» и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>The text is not UTF-8 although the lines before it are: this line cannot be read without guessing. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Текст не в UTF-8, хотя строки перед ним — в UTF-8: эту строку нельзя прочитать, не угадывая. Сохраните файл как «CSV UTF-8» и импортируйте его снова.</translation>
    </message>
    <message>
        <source>The file mixes two encodings: this line is UTF-8, the lines before it Windows-1251. Save the file in one encoding (&quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>В файле смешаны две кодировки: эта строка в UTF-8, строки перед ней — в Windows-1251. Сохраните файл в одной кодировке («CSV UTF-8») и импортируйте его снова.</translation>
    </message>
    <message>
        <source>Read as Windows-1251 the line has letters that neither Kazakh nor Russian uses (%1): the file is in another code page, such as the Kazakh KZ-1048. Save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>Если читать строку как Windows-1251, в ней есть буквы, которых нет ни в казахском, ни в русском языке (%1): файл в другой кодовой странице, например в казахской KZ-1048. Сохраните его как «CSV UTF-8» и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is never closed: lines %1 to %2 were read as one field. Check the quotes on line %1.</source>
        <translation>Поле в кавычках, открытое в строке %1, так и не закрыто: строки с %1 по %2 прочитаны как одно поле. Проверьте кавычки в строке %1.</translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 closes only on line %2, so the rows of lines %3 to %2 were swallowed into it. A closing quote is probably missing on line %1; correct it and import the file again.</source>
        <translation>Поле в кавычках, открытое в строке %1, закрывается только в строке %2, поэтому строки с %3 по %2 попали в него. Вероятно, в строке %1 не хватает закрывающей кавычки; исправьте её и импортируйте файл снова.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводные показатели</translation>
    </message>
    <message>
        <source>Referrals: &lt;b&gt;%1&lt;/b&gt; · registered today: &lt;b&gt;%2&lt;/b&gt; · this month: &lt;b&gt;%3&lt;/b&gt; · refused by hospitals: &lt;b&gt;%4%&lt;/b&gt; of their decisions</source>
        <translation>Направлений: &lt;b&gt;%1&lt;/b&gt; · зарегистрировано сегодня: &lt;b&gt;%2&lt;/b&gt; · в этом месяце: &lt;b&gt;%3&lt;/b&gt; · отказы МО: &lt;b&gt;%4%&lt;/b&gt; от их решений</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Bed profile</source>
        <translation>Профиль койки</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Сейчас в очереди</translation>
    </message>
    <message>
        <source>Median days waited</source>
        <translation>Медиана ожидания (дней)</translation>
    </message>
    <message>
        <source>90% wait no longer than (days)</source>
        <translation>90% ожидают не дольше (дней)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Коек</translation>
    </message>
    <message>
        <source>Free today</source>
        <translation>Свободно сегодня</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Занятость коек</translation>
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
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <source>Beds today by region</source>
        <translation>Койки на сегодня по регионам</translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation>Печать сводки</translation>
    </message>
    <message>
        <source>Lookups by code: today &lt;b&gt;%1&lt;/b&gt; · yesterday &lt;b&gt;%2&lt;/b&gt; · this month &lt;b&gt;%3&lt;/b&gt; · workstations online now: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Запросов по коду: сегодня &lt;b&gt;%1&lt;/b&gt; · вчера &lt;b&gt;%2&lt;/b&gt; · в этом месяце &lt;b&gt;%3&lt;/b&gt; · рабочих мест в сети сейчас: &lt;b&gt;%4&lt;/b&gt;</translation>
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
        <source>The database %1 cannot use write-ahead logging (journal mode stays &quot;%2&quot;). Put the file on a local disk, not a network folder.</source>
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
        <source>The database failed while %1: %2</source>
        <translation>Ошибка базы данных (%1): %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>Another workstation changed the same records at the same moment. Nothing was saved; try again.</source>
        <translation>Другое рабочее место изменило те же записи в тот же момент. Ничего не сохранено; повторите попытку.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing was saved; ask the administrator to free some space.</source>
        <translation>Диск сервера базы данных заполнен. Ничего не сохранено; попросите администратора освободить место.</translation>
    </message>
    <message>
        <source>The database server does not allow this account to do that (%1). Nothing was saved; ask the administrator.</source>
        <translation>Сервер базы данных не разрешает этой учётной записи такое действие (%1). Ничего не сохранено; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The database server %1 does not answer (%2). Nothing was saved; check the network and the server, then try again.</source>
        <translation>Сервер базы данных %1 не отвечает (%2). Ничего не сохранено; проверьте сеть и сервер, затем повторите попытку.</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>соединение потеряно</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of the user %2, and none was given. Give the password, or keep it in the user&apos;s ~/.pgpass file.</source>
        <translation>Сервер %1 запрашивает пароль пользователя %2, а пароль не указан. Введите пароль или сохраните его в файле ~/.pgpass этого пользователя.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password of the user %2. Check the user name and type the password again; the administrator can set a new one.</source>
        <translation>Сервер %1 не принял пароль пользователя %2. Проверьте имя пользователя и введите пароль ещё раз; администратор может задать новый пароль.</translation>
    </message>
    <message>
        <source>The server %1 does not let this computer in (%2). Ask the administrator to allow this workstation in the server&apos;s pg_hba.conf.</source>
        <translation>Сервер %1 не разрешает подключение с этого компьютера (%2). Попросите администратора разрешить это рабочее место в файле pg_hba.conf сервера.</translation>
    </message>
    <message>
        <source>The server %1 has no database named %2. Check the name with the administrator, who creates the database once (createdb).</source>
        <translation>На сервере %1 нет базы данных с именем %2. Уточните имя у администратора: он создаёт базу данных один раз (createdb).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so there is no database %2 in it. Check the path given with --db for a typing mistake, or create the folder first if a new database is meant to be there.</source>
        <translation>Папки %1 нет, поэтому и базы данных %2 в ней нет. Проверьте, нет ли опечатки в пути, указанном в --db, или сначала создайте папку, если новая база данных должна быть там.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Joldama. Nothing was changed. Choose another file with --db.</source>
        <translation>%1 — база данных другой программы, а не Joldama. Ничего не изменено. Выберите другой файл через --db.</translation>
    </message>
</context>
<context>
    <name>DatabaseMove</name>
    <message>
        <source>A database moves onto a server: give the server&apos;s database with --db postgresql://…. To copy a database file, make a backup of it or copy the file.</source>
        <translation>Базу данных переносят на сервер: укажите базу данных сервера через --db postgresql://…. Чтобы скопировать файл базы данных, сделайте его резервную копию или скопируйте файл.</translation>
    </message>
    <message>
        <source>There is no database file %1. Check the path.</source>
        <translation>Файла базы данных %1 нет. Проверьте путь.</translation>
    </message>
    <message>
        <source>The server&apos;s database already holds patients, referrals or user accounts: a database is moved only into a new one. Create an empty database on the server, run joldama-cli --db postgresql://… init on it, and move into that.</source>
        <translation>В базе данных сервера уже есть пациенты, направления или учётные записи: перенос выполняется только в новую базу. Создайте на сервере пустую базу данных, выполните для неё joldama-cli --db postgresql://… init и переносите в неё.</translation>
    </message>
    <message>
        <source>The table %1 differs on the server after the move (%2 rows in the file, %3 on the server). Nothing was moved; report the problem.</source>
        <translation>После переноса таблица %1 на сервере отличается от файла (в файле строк: %2, на сервере: %3). Ничего не перенесено; сообщите о проблеме.</translation>
    </message>
</context>
<context>
    <name>DatabaseReplacement</name>
    <message>
        <source>Cannot open the database %1 to replace it (%2). Nothing was changed.</source>
        <translation>Не удаётся открыть базу данных %1, чтобы заменить её (%2). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Joldama is still open on %1 (a window or a command, on this computer or another). Close every Joldama that uses this database and try again. Nothing was changed.</source>
        <translation>База данных %1 ещё открыта в Joldama (в окне или команде, на этом или другом компьютере). Закройте Joldama везде, где используется эта база данных, и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot take the database %1 for the restore (%2). Nothing was changed.</source>
        <translation>Не удаётся занять базу данных %1 для восстановления (%2). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot prepare %1 for the restore (%2). Nothing was changed.</source>
        <translation>Не удаётся подготовить %1 к восстановлению (%2). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot close the write-ahead log of %1 (%2). Nothing was changed.</source>
        <translation>Не удаётся закрыть журнал упреждающей записи %1 (%2). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>Не удаётся записать %1: %2. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1 (%2). Nothing was changed.</source>
        <translation>Не удаётся поставить резервную копию на место %1 (%2). Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>DiagnosisService</name>
    <message>
        <source>The diagnosis %1 has no name.</source>
        <translation>У диагноза %1 нет названия.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>No column of ICD-10 codes was found. The file needs a column of codes (I25.1, K35.8) and one of names in Russian, Kazakh or English, with a header such as code, name_ru, name_kk, name_en (or код, наименование, атауы), or without a header.</source>
        <translation>Не найден столбец с кодами МКБ-10. В файле нужны столбец кодов (I25.1, K35.8) и столбец названий на русском, казахском или английском — с заголовком вроде code, name_ru, name_kk, name_en (или код, наименование, атауы) либо без заголовка.</translation>
    </message>
    <message>
        <source>No column of diagnosis names was found next to the codes. Give the names in Russian, Kazakh or English, with a header such as name_ru, name_kk, name_en (or наименование, атауы), or without a header.</source>
        <translation>Рядом с кодами не найден столбец с названиями диагнозов. Укажите названия на русском, казахском или английском — с заголовком вроде name_ru, name_kk, name_en (или наименование, атауы) либо без заголовка.</translation>
    </message>
    <message>
        <source>The code %1 appears twice in the file.</source>
        <translation>Код %1 встречается в файле дважды.</translation>
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
    <message>
        <source>expires before admission</source>
        <translation>срок истечёт до госпитализации</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Просмотр…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Нечего печатать</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранение в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF не сохранён</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>Save what is previewed as a PDF file</source>
        <translation>Сохранить просматриваемый документ в файл PDF</translation>
    </message>
</context>
<context>
    <name>EligibleListModel</name>
    <message>
        <source>In use</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Taken off the list</source>
        <translation>Исключено из перечня</translation>
    </message>
    <message>
        <source>Starter list, not checked</source>
        <translation>Начальный список, не проверено</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Shipped with Joldama as a starter list. Check it against the Ministry of Health&apos;s current order, correct it if needed, and mark it as checked.</source>
        <translation>Поставляется с Joldama как начальный список. Сверьте запись с действующим приказом Министерства здравоохранения, при необходимости исправьте и отметьте как проверенную.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>ICD-10 codes</source>
        <translation>Коды МКБ-10</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>В перечне</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already on the list. Choose another code, or edit the entry that has it.</source>
        <translation>Код «%1» уже есть в перечне. Выберите другой код или измените запись с этим кодом.</translation>
    </message>
</context>
<context>
    <name>EligibleListsDialog</name>
    <message>
        <source>Eligible diseases and categories for treatment abroad</source>
        <translation>Перечни заболеваний и категорий граждан для направления на лечение за рубеж</translation>
    </message>
    <message>
        <source>&amp;Diseases</source>
        <translation>&amp;Заболевания</translation>
    </message>
    <message>
        <source>&amp;Categories of citizens</source>
        <translation>&amp;Категории граждан</translation>
    </message>
    <message>
        <source>%1 of %2 entries come from the starter list shipped with Joldama, which is not the official list. Check each against the Ministry of Health&apos;s current order: correct it in place, take it off the list if it does not belong, or mark it as checked.</source>
        <translation>Записей из начального списка, поставляемого с Joldama: %1 из %2. Это не официальный перечень. Сверьте каждую запись с действующим приказом Министерства здравоохранения: исправьте её прямо здесь, исключите из перечня, если её там быть не должно, или отметьте как проверенную.</translation>
    </message>
    <message>
        <source>Every entry has been checked. Keep the list in step with the Ministry of Health&apos;s current order.</source>
        <translation>Все записи проверены. Поддерживайте перечень в соответствии с действующим приказом Министерства здравоохранения.</translation>
    </message>
    <message>
        <source>Entry not saved</source>
        <translation>Запись не сохранена</translation>
    </message>
    <message>
        <source>&amp;Add an entry…</source>
        <translation>&amp;Добавить запись…</translation>
    </message>
    <message>
        <source>&amp;Mark as checked</source>
        <translation>&amp;Отметить как проверенную</translation>
    </message>
    <message>
        <source>The selected entry matches the Ministry of Health&apos;s current order as it stands.</source>
        <translation>Выбранная запись соответствует действующей редакции приказа Министерства здравоохранения.</translation>
    </message>
    <message>
        <source>Add an eligible disease</source>
        <translation>Добавление заболевания в перечень</translation>
    </message>
    <message>
        <source>Add an eligible category of citizens</source>
        <translation>Добавление категории граждан в перечень</translation>
    </message>
    <message>
        <source>Small Latin letters, digits and underscores, e.g. retinoblastoma</source>
        <translation>Строчные латинские буквы, цифры и знаки подчёркивания, например retinoblastoma</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>Название на ка&amp;захском:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <source>&amp;ICD-10 codes:</source>
        <translation>Коды &amp;МКБ-10:</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a workstation</source>
        <translation>Регистрация рабочего места</translation>
    </message>
    <message>
        <source>for example, City polyclinic No. 4</source>
        <translation>например, Городская поликлиника № 4</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— не указан —</translation>
    </message>
    <message>
        <source>The workstation gets a code that is never given again and a key to sign its packages with. Save its enrolment file and take it to the workstation: it holds the key, so keep it like one.</source>
        <translation>Рабочее место получает код, который больше никому не выдаётся, и ключ для подписи своих пакетов. Сохраните его файл регистрации и перенесите на рабочее место: в файле ключ, поэтому храните его как ключ.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Зарегистрировать…</translation>
    </message>
</context>
<context>
    <name>EnrolmentFile</name>
    <message>
        <source>The file is not a Joldama enrolment file. Use the file the bureau made with &quot;exchange enroll&quot;.</source>
        <translation>Это не файл регистрации Joldama. Используйте файл, созданный в бюро командой «exchange enroll».</translation>
    </message>
    <message>
        <source>The enrolment file is incomplete or damaged. Ask the bureau for the file again.</source>
        <translation>Файл регистрации неполный или повреждён. Попросите бюро выдать файл заново.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <source>&amp;Join a bureau…</source>
        <translation>&amp;Присоединиться к бюро…</translation>
    </message>
    <message>
        <source>&amp;Send a package to the bureau…</source>
        <translation>&amp;Отправить пакет в бюро…</translation>
    </message>
    <message>
        <source>&amp;Import a package…</source>
        <translation>&amp;Импортировать пакет…</translation>
    </message>
    <message>
        <source>Exchange &amp;folder…</source>
        <translation>&amp;Папка обмена…</translation>
    </message>
    <message>
        <source>Exchange &amp;now</source>
        <translation>Обменяться &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <source>Exchange &amp;status…</source>
        <translation>&amp;Состояние обмена…</translation>
    </message>
    <message>
        <source>&amp;Workstations…</source>
        <translation>&amp;Рабочие места…</translation>
    </message>
    <message>
        <source>%1 · last answer from the bureau: %2 · referrals not yet at the bureau: %3</source>
        <translation>%1 · последний ответ бюро: %2 · направлений ещё не в бюро: %3</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <source>Bureau · workstations: %1</source>
        <translation>Бюро · рабочих мест: %1</translation>
    </message>
    <message>
        <source>conflicts to review: %1</source>
        <translation>конфликтов к рассмотрению: %1</translation>
    </message>
    <message>
        <source>Join a bureau</source>
        <translation>Присоединение к бюро</translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol *.jenrol);;All files (*)</source>
        <translation>Файлы регистрации (*.enrol *.jenrol);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This database is now %1 (%2) of %3. Its referral codes are its own from now on; send its work with File → Exchange → Send a package to the bureau.</source>
        <translation>Теперь эта база данных — %1 (%2) бюро «%3». Отныне у её направлений свои коды; отправляйте работу через Файл → Обмен → Отправить пакет в бюро.</translation>
    </message>
    <message>
        <source>Send a package to the bureau</source>
        <translation>Отправка пакета в бюро</translation>
    </message>
    <message>
        <source>Exchange packages (*.jpkg)</source>
        <translation>Пакеты обмена (*.jpkg)</translation>
    </message>
    <message>
        <source>The package %1 holds %2 change(s). Take it to the bureau on a USB stick, by e-mail or through a shared folder; it can be sent again without harm.</source>
        <translation>В пакете %1 изменений: %2. Передайте его в бюро на флешке, по электронной почте или через общую папку; повторная отправка ничему не повредит.</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>Exchange packages (*.jpkg);;All files (*)</source>
        <translation>Пакеты обмена (*.jpkg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>Папка обмена</translation>
    </message>
    <message>
        <source>Exchanged through %1: packages imported %2, left %3.</source>
        <translation>Обмен через %1: импортировано пакетов — %2, оставлено — %3.</translation>
    </message>
</context>
<context>
    <name>ExchangeExport</name>
    <message>
        <source>This database has not joined a bureau, so there is nobody to send a package to. Join the bureau first with the file it gave you (exchange join FILE).</source>
        <translation>Эта база данных не присоединена к бюро, поэтому пакет некому отправлять. Сначала присоединитесь к бюро с выданным им файлом (exchange join FILE).</translation>
    </message>
    <message>
        <source>This database has no record of its bureau. Join the bureau again with its enrolment file.</source>
        <translation>В этой базе данных нет сведений о её бюро. Присоединитесь к бюро заново с файлом регистрации.</translation>
    </message>
    <message>
        <source>Only the bureau answers workstations, and this database is not a bureau: it has enrolled no workstation.</source>
        <translation>Отвечать рабочим местам может только бюро, а эта база данных не бюро: в ней не зарегистрировано ни одного рабочего места.</translation>
    </message>
    <message>
        <source>No workstation &quot;%1&quot; is enrolled with this bureau. See the list with &quot;exchange workstations&quot;.</source>
        <translation>Рабочее место «%1» в этом бюро не зарегистрировано. Список — командой «exchange workstations».</translation>
    </message>
    <message>
        <source>The workstation %1 is retired: it gets no answers.</source>
        <translation>Рабочее место %1 выведено из работы: ответы ему не готовятся.</translation>
    </message>
</context>
<context>
    <name>ExchangeImport</name>
    <message>
        <source>waits for %1 %2, which has not arrived</source>
        <translation>ждёт запись %1 %2, которая ещё не поступила</translation>
    </message>
    <message>
        <source>%1: an HTMC quota of %2 for %3 taken.</source>
        <translation>%1: выделена квота ВТМУ региона %2 на %3 год.</translation>
    </message>
    <message>
        <source>%1: refused, no HTMC quota is left: %2</source>
        <translation>%1: отказано, квот ВТМУ не осталось: %2</translation>
    </message>
    <message>
        <source>%1 was already the code of another referral here: the referral from %2 is now %3. Print its ticket again.</source>
        <translation>Код %1 здесь уже был у другого направления: направление от %2 теперь имеет код %3. Распечатайте его талон заново.</translation>
    </message>
    <message>
        <source>the record written cannot be read back</source>
        <translation>записанную запись не удаётся прочитать</translation>
    </message>
    <message>
        <source>a workstation does not send &quot;%1&quot; records</source>
        <translation>рабочее место не передаёт записи «%1»</translation>
    </message>
    <message>
        <source>this database has no &quot;%1&quot; records yet: update Joldama here</source>
        <translation>в этой базе данных ещё нет записей «%1»: обновите здесь Joldama</translation>
    </message>
    <message>
        <source>an earlier change of this record is parked</source>
        <translation>более раннее изменение этой записи отложено</translation>
    </message>
    <message>
        <source>the bureau does not send &quot;%1&quot; records</source>
        <translation>бюро не передаёт записи «%1»</translation>
    </message>
    <message>
        <source>The package %1 was not imported: %2</source>
        <translation>Пакет %1 не импортирован: %2</translation>
    </message>
    <message>
        <source>this database exchanges with no bureau. A workstation joins its bureau first (exchange join FILE); a bureau enrols its workstations (exchange enroll).</source>
        <translation>эта база данных ни с каким бюро не обменивается. Рабочее место сначала присоединяется к своему бюро (exchange join FILE); бюро регистрирует свои рабочие места (exchange enroll).</translation>
    </message>
    <message>
        <source>it belongs to another bureau&apos;s exchange, not to %1.</source>
        <translation>он относится к обмену другого бюро, а не %1.</translation>
    </message>
    <message>
        <source>this one</source>
        <translation>этого</translation>
    </message>
    <message>
        <source>it is the bureau&apos;s answer to a workstation; import it at that workstation.</source>
        <translation>это ответ бюро рабочему месту; импортируйте его на том рабочем месте.</translation>
    </message>
    <message>
        <source>it is the bureau&apos;s answer to another workstation (%1), not to this one (%2).</source>
        <translation>это ответ бюро другому рабочему месту (%1), а не этому (%2).</translation>
    </message>
    <message>
        <source>it is a workstation&apos;s package for the bureau; import it at the bureau.</source>
        <translation>это пакет рабочего места для бюро; импортируйте его в бюро.</translation>
    </message>
    <message>
        <source>it comes from a workstation this bureau never enrolled (%1).</source>
        <translation>он получен от рабочего места, которое это бюро не регистрировало (%1).</translation>
    </message>
    <message>
        <source>the workstation %1 is retired; its packages are no longer taken.</source>
        <translation>рабочее место %1 выведено из работы; его пакеты больше не принимаются.</translation>
    </message>
    <message>
        <source>it was made by a newer Joldama (database version %1). Update Joldama here, then import it again.</source>
        <translation>он создан более новой версией Joldama (версия базы данных %1). Обновите здесь Joldama и импортируйте его снова.</translation>
    </message>
    <message>
        <source>the bureau</source>
        <translation>бюро</translation>
    </message>
    <message>
        <source>The package was made %1 minutes in this computer&apos;s future: one of the two clocks is wrong. Clocks decide nothing in the exchange, but dates typed there may be off.</source>
        <translation>Пакет создан на %1 мин позже текущего времени этого компьютера: на одном из двух компьютеров неверно идут часы. При обмене часы ничего не решают, но введённые там даты могут быть неточны.</translation>
    </message>
    <message>
        <source>changes %1 to %2 of %3 never arrived here. Import the earlier package first, or make a new package at %3.</source>
        <translation>изменения с %1 по %2 от %3 сюда не поступали. Сначала импортируйте более ранний пакет, или пусть %3 создаст новый пакет.</translation>
    </message>
    <message>
        <source>The bureau has seen referral numbers of this workstation above those it knows: new codes continue above them.</source>
        <translation>Бюро видело номера направлений этого рабочего места выше известных ему самому: новые коды продолжатся выше них.</translation>
    </message>
</context>
<context>
    <name>ExchangePackage</name>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file is not a Joldama exchange package.</source>
        <translation>Это не пакет обмена Joldama.</translation>
    </message>
    <message>
        <source>The package was made by a newer Joldama. Update Joldama on this computer, then import it again.</source>
        <translation>Пакет создан более новой версией Joldama. Обновите Joldama на этом компьютере и импортируйте пакет снова.</translation>
    </message>
    <message>
        <source>The package is incomplete or damaged (its checksum does not match): it was cut short or changed on the way. Ask for the package again.</source>
        <translation>Пакет неполный или повреждён (не совпадает контрольная сумма): он был обрезан или изменён при передаче. Запросите пакет заново.</translation>
    </message>
    <message>
        <source>The package&apos;s content does not follow the exchange format. Ask for the package again.</source>
        <translation>Содержимое пакета не соответствует формату обмена. Запросите пакет заново.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match the key of the workstation it claims to come from: it was signed with another key or altered. Nothing was imported.</source>
        <translation>Подпись пакета не соответствует ключу рабочего места, от которого он якобы получен: он подписан другим ключом или изменён. Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>ExchangeReport</name>
    <message>
        <source>%1: this package was imported before; nothing changed (changes already applied: %2).</source>
        <translation>%1: этот пакет уже импортировался; ничего не изменилось (изменений, применённых ранее: %2).</translation>
    </message>
    <message>
        <source>%1: changes in the package: %2; applied %3, already applied %4, merged %5, in conflict %6, parked %7.</source>
        <translation>%1: изменений в пакете: %2; применено %3, уже были применены %4, объединено %5, в конфликте %6, отложено %7.</translation>
    </message>
    <message>
        <source>Changes parked earlier and applied now: %1.</source>
        <translation>Применено отложенных ранее изменений: %1.</translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Не удаётся записать %1: %2. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2. Nothing was written; check the disk and try again.</source>
        <translation>Не удаётся завершить запись %1: %2. Ничего не записано; проверьте диск и повторите.</translation>
    </message>
    <message>
        <source>Give the workstation a name of up to 120 characters, for example the clinic&apos;s name.</source>
        <translation>Укажите название рабочего места длиной до 120 символов, например название поликлиники.</translation>
    </message>
    <message>
        <source>This database is a workstation of the bureau &quot;%1&quot;; only the bureau enrols workstations.</source>
        <translation>Эта база данных — рабочее место бюро «%1»; регистрировать рабочие места может только бюро.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation>«%1» — не регион. Укажите двузначный код КАТО региона, например 71 для Астаны.</translation>
    </message>
    <message>
        <source>Bureau of Hospitalization</source>
        <translation>Бюро госпитализации</translation>
    </message>
    <message>
        <source>A workstation named &quot;%1&quot; is already enrolled (%2). To set up its computer again, issue its file anew (exchange enroll &quot;%1&quot; --again); otherwise choose another name.</source>
        <translation>Рабочее место «%1» уже зарегистрировано (%2). Чтобы заново настроить его компьютер, выпустите его файл повторно (exchange enroll &quot;%1&quot; --again); иначе выберите другое название.</translation>
    </message>
    <message>
        <source>No workstation named &quot;%1&quot; is enrolled, so there is no file to issue again.</source>
        <translation>Рабочее место «%1» не зарегистрировано, поэтому повторно выпускать нечего.</translation>
    </message>
    <message>
        <source>This bureau has enrolled as many workstations as referral codes allow.</source>
        <translation>В этом бюро зарегистрировано столько рабочих мест, сколько позволяют коды направлений.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path.</source>
        <translation>Не удаётся прочитать %1: %2. Проверьте путь.</translation>
    </message>
    <message>
        <source>This database is a bureau with enrolled workstations; a bureau does not join another.</source>
        <translation>Эта база данных — бюро с зарегистрированными рабочими местами; бюро не присоединяется к другому бюро.</translation>
    </message>
    <message>
        <source>This database has already joined the bureau &quot;%1&quot; as %2. A database joins one bureau only; use a new database for another bureau.</source>
        <translation>Эта база данных уже присоединена к бюро «%1» как %2. База данных присоединяется только к одному бюро; для другого бюро используйте новую базу данных.</translation>
    </message>
    <message>
        <source>This database has already joined the bureau &quot;%1&quot; as %2.</source>
        <translation>Эта база данных уже присоединена к бюро «%1» как %2.</translation>
    </message>
    <message>
        <source>No workstation &quot;%1&quot; is enrolled with this bureau.</source>
        <translation>Рабочее место «%1» в этом бюро не зарегистрировано.</translation>
    </message>
    <message>
        <source>Say which workstation the answer is for (--to NAME).</source>
        <translation>Укажите, для какого рабочего места ответ (--to NAME).</translation>
    </message>
    <message>
        <source>A workstation&apos;s package always goes to its bureau; leave out --to.</source>
        <translation>Пакет рабочего места всегда направляется в его бюро; не указывайте --to.</translation>
    </message>
    <message>
        <source>The exchange folder %1 does not exist. Create it or choose another.</source>
        <translation>Папки обмена %1 не существует. Создайте её или выберите другую.</translation>
    </message>
    <message>
        <source>This database exchanges with no bureau yet: join one, or enrol a workstation.</source>
        <translation>Эта база данных пока ни с каким бюро не обменивается: присоединитесь к бюро или зарегистрируйте рабочее место.</translation>
    </message>
    <message>
        <source>There is no conflict number %1.</source>
        <translation>Конфликта с номером %1 нет.</translation>
    </message>
</context>
<context>
    <name>ExchangeStatusDialog</name>
    <message>
        <source>Exchange status</source>
        <translation>Состояние обмена</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <source>This workstation:</source>
        <translation>Это рабочее место:</translation>
    </message>
    <message>
        <source>%1 (%2) of %3</source>
        <translation>%1 (%2) бюро «%3»</translation>
    </message>
    <message>
        <source>Last package sent:</source>
        <translation>Последний отправленный пакет:</translation>
    </message>
    <message>
        <source>Last answer from the bureau:</source>
        <translation>Последний ответ бюро:</translation>
    </message>
    <message>
        <source>Changes the bureau has not acknowledged:</source>
        <translation>Изменения, получение которых бюро не подтвердило:</translation>
    </message>
    <message>
        <source>Conflicts to review:</source>
        <translation>Конфликты к рассмотрению:</translation>
    </message>
    <message>
        <source>Every referral of this workstation has reached the bureau.</source>
        <translation>Все направления этого рабочего места дошли до бюро.</translation>
    </message>
    <message>
        <source>Referrals that have not reached the bureau yet: %1. Until then they have no place in the bureau&apos;s waiting list.</source>
        <translation>Направлений, ещё не дошедших до бюро: %1. До тех пор у них нет места в листе ожидания бюро.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>HTMC quota</source>
        <translation>Квота ВТМУ</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>отправлено, ответа ещё нет</translation>
    </message>
    <message>
        <source>awaiting the bureau&apos;s confirmation</source>
        <translation>ждёт подтверждения бюро</translation>
    </message>
    <message>
        <source>This database:</source>
        <translation>Эта база данных:</translation>
    </message>
    <message>
        <source>the bureau &quot;%1&quot;</source>
        <translation>бюро «%1»</translation>
    </message>
    <message>
        <source>Parked changes:</source>
        <translation>Отложенные изменения:</translation>
    </message>
    <message>
        <source>Workstations: %1. Bureau → Workstations… enrols them and makes their answers.</source>
        <translation>Рабочих мест: %1. В меню Бюро → Рабочие места… их регистрируют и готовят им ответы.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Последний ответ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>This database exchanges with nobody. A clinic joins its bureau with the enrolment file the bureau gave it (File → Exchange → Join a bureau…); a bureau enrols its workstations (Bureau → Workstations…).</source>
        <translation>Эта база данных ни с кем не обменивается. Поликлиника присоединяется к своему бюро с файлом регистрации, выданным бюро (Файл → Обмен → Присоединиться к бюро…); бюро регистрирует свои рабочие места (Бюро → Рабочие места…).</translation>
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
    <message>
        <source>Beds not saved</source>
        <translation>Сведения о койках не сохранены</translation>
    </message>
    <message>
        <source>Bed reports: %1, %2</source>
        <translation>Сведения о койках: %1, %2</translation>
    </message>
    <message>
        <source>For the day</source>
        <translation>На дату</translation>
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
        <source>Reported</source>
        <translation>Дата внесения</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Print the free beds</source>
        <translation>Печать свободных коек</translation>
    </message>
</context>
<context>
    <name>HospitalRegistryModel</name>
    <message>
        <source>A demo hospital shipped with Joldama: replace the registry with your own (File → Import → Hospital registry from CSV).</source>
        <translation>Демонстрационная медицинская организация, поставляемая с Joldama: замените реестр своим (Файл → Импорт → Реестр медицинских организаций из CSV).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Bed profiles</source>
        <translation>Профили коек</translation>
    </message>
    <message>
        <source>Admits</source>
        <translation>Принимает</translation>
    </message>
</context>
<context>
    <name>HospitalService</name>
    <message>
        <source>A hospital code is 4 Latin letters or digits, as in the referral codes (for example 7101).</source>
        <translation>Код МО — 4 латинские буквы или цифры, как в кодах направлений (например, 7101).</translation>
    </message>
    <message>
        <source>Enter the hospital&apos;s name.</source>
        <translation>Введите наименование медицинской организации.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code or its name.</source>
        <translation>«%1» — не регион. Укажите двузначный код КАТО региона или его название.</translation>
    </message>
    <message>
        <source>The code %1 already belongs to %2.</source>
        <translation>Код %1 уже присвоен другой медицинской организации: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bed profile.</source>
        <translation>«%1» — не профиль койки.</translation>
    </message>
    <message>
        <source>The first line must name at least the columns code, name and region_code; address, phone, kind, active and profiles may follow.</source>
        <translation>В первой строке должны быть как минимум столбцы code, name и region_code; после них могут идти address, phone, kind, active и profiles.</translation>
    </message>
    <message>
        <source>The first line must name the columns hospital_code, profile_code, date, total and occupied; reserved and care_form may follow.</source>
        <translation>В первой строке должны быть столбцы hospital_code, profile_code, date, total и occupied; после них могут идти reserved и care_form.</translation>
    </message>
    <message>
        <source>no hospital has the code &quot;%1&quot;</source>
        <translation>нет медицинской организации с кодом «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bed profile</source>
        <translation>«%1» — не профиль койки</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not YYYY-MM-DD</source>
        <translation>дата «%1» указана не в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>bed numbers must be whole numbers, not negative</source>
        <translation>число коек должно быть целым неотрицательным числом</translation>
    </message>
    <message>
        <source>occupied and reserved beds exceed the total</source>
        <translation>занятых и зарезервированных коек больше, чем всего коек</translation>
    </message>
    <message>
        <source>a bed number is out of range: a hospital has at most %1 beds in one profile</source>
        <translation>число коек вне допустимых границ: в одном профиле больницы не больше %1 коек</translation>
    </message>
</context>
<context>
    <name>HospitalsPage</name>
    <message>
        <source>Hospital not saved</source>
        <translation>Медицинская организация не сохранена</translation>
    </message>
    <message numerus="yes">
        <source>%n hospital(s)</source>
        <translation>
            <numerusform>%n медицинская организация</numerusform>
            <numerusform>%n медицинские организации</numerusform>
            <numerusform>%n медицинских организаций</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a hospital</source>
        <translation>Новая медицинская организация</translation>
    </message>
    <message>
        <source>4 letters or digits, as in referral codes</source>
        <translation>4 латинские буквы или цифры, как в кодах направлений</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>The code %1 is already in the registry.</source>
        <translation>Код %1 уже есть в реестре.</translation>
    </message>
    <message>
        <source>Bed profiles of %1</source>
        <translation>Профили коек: %1</translation>
    </message>
    <message>
        <source>Tick the profiles this hospital admits planned patients to:</source>
        <translation>Отметьте профили, по которым эта медицинская организация принимает плановых пациентов:</translation>
    </message>
    <message>
        <source>Profiles not saved</source>
        <translation>Профили не сохранены</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Медицинские организации</translation>
    </message>
    <message>
        <source>Filter by name, code, region or address</source>
        <translation>Отбор по наименованию, коду, региону или адресу</translation>
    </message>
    <message>
        <source>&amp;Add hospital…</source>
        <translation>&amp;Добавить МО…</translation>
    </message>
    <message>
        <source>Bed &amp;profiles…</source>
        <translation>&amp;Профили коек…</translation>
    </message>
    <message>
        <source>Print the hospital registry</source>
        <translation>Печать реестра медицинских организаций</translation>
    </message>
</context>
<context>
    <name>IcdCode</name>
    <message>
        <source>Enter the diagnosis: an ICD-10 code such as I25.1, or start typing its name.</source>
        <translation>Введите диагноз: код МКБ-10, например I25.1, или начните вводить его название.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10 code. A code is a Latin letter and two digits, with an optional part after a dot: I25, I25.1, M17.11.</source>
        <translation>«%1» — не код МКБ-10. Код состоит из латинской буквы и двух цифр, после точки может идти уточнение: I25, I25.1, M17.11.</translation>
    </message>
</context>
<context>
    <name>Iin</name>
    <message>
        <source>Enter the patient&apos;s IIN: 12 digits from the identity document.</source>
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
    <message>
        <source>The import was cancelled: nothing was imported, and the database is as it was before it.</source>
        <translation>Импорт отменён: ничего не импортировано, база данных осталась такой же, как до импорта.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n строка.</numerusform>
            <numerusform>… и ещё %n строки.</numerusform>
            <numerusform>… и ещё %n строк.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListScrollBar</name>
    <message>
        <source>Position in the list</source>
        <translation>Положение в списке</translation>
    </message>
</context>
<context>
    <name>ListingPrintout</name>
    <message>
        <source>The list has more than %1 rows. Narrow it with the search or a filter, then print it.</source>
        <translation>В списке больше %1 строк. Сузьте его поиском или отбором, затем распечатайте.</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>&amp;Open the referral…</source>
        <translation>&amp;Открыть направление…</translation>
    </message>
    <message>
        <source>Show the &amp;waiting list</source>
        <translation>Показать &amp;лист ожидания</translation>
    </message>
    <message>
        <source>Where is the patient in the queue?</source>
        <translation>Какое место пациента в очереди?</translation>
    </message>
    <message>
        <source>Referral code, e.g. 71.7101.CAR.1F — type it or scan the ticket</source>
        <translation>Код направления, например 71.7101.CAR.1F — введите его или отсканируйте талон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
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
        <source>Place in the waiting list</source>
        <translation>Место в листе ожидания</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>из %1</translation>
    </message>
    <message>
        <source>Confirmed admission day</source>
        <translation>Подтверждённая дата госпитализации</translation>
    </message>
    <message>
        <source>Preliminary date</source>
        <translation>Предварительная дата</translation>
    </message>
    <message>
        <source>not in a waiting list now</source>
        <translation>сейчас не в листе ожидания</translation>
    </message>
    <message numerus="yes">
        <source>%1 (valid %n day(s) from issue)</source>
        <translation>
            <numerusform>%1 (срок действия — %n день с даты выдачи)</numerusform>
            <numerusform>%1 (срок действия — %n дня с даты выдачи)</numerusform>
            <numerusform>%1 (срок действия — %n дней с даты выдачи)</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Документы, которые нужно взять с собой</translation>
    </message>
    <message>
        <source>Regional bureau</source>
        <translation>Региональное бюро</translation>
    </message>
    <message>
        <source>number not published</source>
        <translation>номер не опубликован</translation>
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
    <message>
        <source>Where am I? Referral code (Ctrl+L)</source>
        <translation>Место в очереди: код направления (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Look up a referral code</source>
        <translation>&amp;Место в очереди по коду направления</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Patients from CSV…</source>
        <translation>&amp;Пациенты из CSV…</translation>
    </message>
    <message>
        <source>&amp;Hospital registry from CSV…</source>
        <translation>&amp;Реестр медицинских организаций из CSV…</translation>
    </message>
    <message>
        <source>&amp;Bed reports from CSV…</source>
        <translation>Сведения о &amp;койках из CSV…</translation>
    </message>
    <message>
        <source>ICD-10 &amp;dictionary from CSV…</source>
        <translation>&amp;Справочник МКБ-10 из CSV…</translation>
    </message>
    <message>
        <source>&amp;Bureau</source>
        <translation>&amp;Бюро</translation>
    </message>
    <message>
        <source>Working &amp;calendar…</source>
        <translation>Производственный &amp;календарь…</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Импорт пациентов</translation>
    </message>
    <message>
        <source>Import the hospital registry</source>
        <translation>Импорт реестра медицинских организаций</translation>
    </message>
    <message>
        <source>Import bed reports</source>
        <translation>Импорт сведений о койках</translation>
    </message>
    <message>
        <source>Import the ICD-10 dictionary</source>
        <translation>Импорт справочника МКБ-10</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать файл %1: %2.</translation>
    </message>
    <message>
        <source>Bureau &amp;details…</source>
        <translation>&amp;Сведения о бюро…</translation>
    </message>
    <message>
        <source>Reference &amp;lists…</source>
        <translation>Спра&amp;вочники…</translation>
    </message>
    <message>
        <source>Open data: &amp;referrals…</source>
        <translation>Открытые данные: &amp;направления…</translation>
    </message>
    <message>
        <source>Open data: &amp;waiting list…</source>
        <translation>Открытые данные: &amp;лист ожидания…</translation>
    </message>
    <message>
        <source>Import the open data: referrals</source>
        <translation>Импорт открытых данных: направления</translation>
    </message>
    <message>
        <source>Import the open data: waiting list</source>
        <translation>Импорт открытых данных: лист ожидания</translation>
    </message>
    <message>
        <source>Nothing was imported: the database is as it was before the import.</source>
        <translation>Ничего не импортировано: база данных осталась такой же, как до импорта.</translation>
    </message>
    <message>
        <source>Bureau of Hospitalization</source>
        <translation>Бюро госпитализации</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Перейти: %1</translation>
    </message>
    <message>
        <source>Pass to the &amp;table</source>
        <translation>Перейти к &amp;таблице</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>%1
File → Open database… works on another database.</source>
        <translation>%1
Другую базу данных открывает пункт «Файл → Открыть базу данных…».</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&lt;b&gt;First steps.&lt;/b&gt; 1. Enter the bureau&apos;s name and region: they head every printout. 2. Import the hospital registry of your region (the database comes with a demo set, marked as such). 3. Register patients and referrals: Ctrl+N, Ctrl+R. F1 opens the user guide.</source>
        <translation>&lt;b&gt;С чего начать.&lt;/b&gt; 1. Укажите название и регион бюро: они печатаются в шапке каждого документа. 2. Импортируйте реестр медицинских организаций вашего региона (в базе есть демонстрационный набор, он помечен). 3. Регистрируйте пациентов и направления: Ctrl+N, Ctrl+R. F1 открывает руководство пользователя.</translation>
    </message>
    <message>
        <source>&amp;Import hospitals…</source>
        <translation>&amp;Импорт медицинских организаций…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>This database is read-only for you: you can view, find and look up codes, but not save. Ask the administrator for write access, or use File → Open database….</source>
        <translation>Эта база данных открыта только для чтения: можно просматривать, искать и проверять коды, но не сохранять. Попросите администратора дать права на запись или откройте другую базу: «Файл → Открыть базу данных…».</translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) report beds for days far from today (the first: line %1, %2). Are those dates right? Yes imports the file as it is.</source>
        <translation>
            <numerusform>%n строка сообщает о койках на дни, далёкие от сегодняшнего (первая: строка %1, %2). Эти даты верны? «Да» импортирует файл как есть.</numerusform>
            <numerusform>%n строки сообщают о койках на дни, далёкие от сегодняшнего (первая: строка %1, %2). Эти даты верны? «Да» импортирует файл как есть.</numerusform>
            <numerusform>%n строк сообщают о койках на дни, далёкие от сегодняшнего (первая: строка %1, %2). Эти даты верны? «Да» импортирует файл как есть.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server answers</source>
        <translation>Сервер на связи</translation>
    </message>
    <message>
        <source>Changes made at other workstations appear here by themselves.</source>
        <translation>Изменения, внесённые на других рабочих местах, появляются здесь сами.</translation>
    </message>
    <message>
        <source>Server does not answer</source>
        <translation>Сервер не отвечает</translation>
    </message>
    <message>
        <source>Nothing can be saved until the server answers again; Joldama keeps trying and refreshes every list when it is back.</source>
        <translation>Пока сервер не ответит, сохранить ничего нельзя. Joldama продолжает попытки и обновит все списки, как только связь восстановится.</translation>
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
    <message>
        <source>The database %1 is read-only for you and was written by an older Joldama: it must be updated before this program can show it, and that needs write access. Ask the administrator for write access, or open a copy you may write.</source>
        <translation>База данных %1 доступна вам только для чтения и записана более старой версией Joldama: прежде чем эта программа сможет её показать, базу нужно обновить, а для этого нужен доступ на запись. Попросите администратора дать доступ на запись или откройте копию, в которую вы можете записывать.</translation>
    </message>
</context>
<context>
    <name>OpenDataImportDialog</name>
    <message>
        <source>Importing %1</source>
        <translation>Импорт файла %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read so far.</source>
        <translation>
            <numerusform>Прочитана %n строка.</numerusform>
            <numerusform>Прочитано %n строки.</numerusform>
            <numerusform>Прочитано %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: nothing of this file will be kept…</source>
        <translation>Отмена: из этого файла ничего не сохранится…</translation>
    </message>
</context>
<context>
    <name>OpenDataImportJob</name>
    <message>
        <source>Cannot read %1: %2. Check the file and try again.</source>
        <translation>Не удаётся прочитать файл %1: %2. Проверьте файл и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>OpenDataService</name>
    <message>
        <source>This is not the Bureau&apos;s open-data %1 file: the first line must name the columns %2.</source>
        <translation>Это не файл открытых данных Бюро госпитализации (%1): в первой строке должны быть названия столбцов %2.</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>направления</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>лист ожидания</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>полей: %1 вместо %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hospitalization code of the form RR.MMMM.PPP.N</source>
        <translation>«%1» — не код госпитализации вида RR.MMMM.PPP.N</translation>
    </message>
    <message>
        <source>the region %1 of code %2 is not a KATO region</source>
        <translation>код региона %1 в коде %2 отсутствует в КАТО</translation>
    </message>
    <message>
        <source>the registration date &quot;%1&quot; cannot be read</source>
        <translation>не удаётся прочитать дату регистрации «%1»</translation>
    </message>
    <message>
        <source>The file could not be read a second time.</source>
        <translation>Файл не удалось прочитать повторно.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported. Nothing was saved; import it again once it is complete.</source>
        <translation>Файл изменился во время импорта. Ничего не сохранено; импортируйте его снова, когда он будет готов полностью.</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>A Joldama database file (.sqlite) on this computer</source>
        <translation>Файл базы данных Joldama (.sqlite) на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Opened before:</source>
        <translation>&amp;Открывавшиеся ранее:</translation>
    </message>
    <message>
        <source>Keep the file on a local disk, not a network folder. A file that does not exist yet becomes a new, empty database.</source>
        <translation>Храните файл на локальном диске, а не в сетевой папке. Если файла ещё нет, будет создана новая пустая база данных.</translation>
    </message>
    <message>
        <source>File on this computer</source>
        <translation>Файл на этом компьютере</translation>
    </message>
    <message>
        <source>Joldama databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Joldama (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a database file, or type where to create one.</source>
        <translation>Выберите файл базы данных или укажите, где создать новый.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file in it, for example joldama.sqlite.</source>
        <translation>%1 — это папка. Выберите в ней файл, например joldama.sqlite.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, for example bureau-server</source>
        <translation>Имя или адрес сервера, например bureau-server</translation>
    </message>
    <message>
        <source>Asked at every connection; empty if kept in ~/.pgpass</source>
        <translation>Запрашивается при каждом подключении; оставьте пустым, если он хранится в ~/.pgpass</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>Если сервер его предлагает (prefer)</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>Обязательно (require)</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked (verify-ca)</source>
        <translation>Обязательно, с проверкой сертификата сервера (verify-ca)</translation>
    </message>
    <message>
        <source>Required, with the certificate and the server&apos;s name checked (verify-full)</source>
        <translation>Обязательно, с проверкой сертификата и имени сервера (verify-full)</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Выключено (disable)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>По&amp;рт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Шифрование (TLS):</translation>
    </message>
    <message>
        <source>&amp;Connected before:</source>
        <translation>Ра&amp;нее подключались:</translation>
    </message>
    <message>
        <source>A bureau&apos;s shared database: the administrator gives the server&apos;s name, the database and your user name. The password is never remembered.</source>
        <translation>Общая база данных бюро: имя сервера, базу данных и ваше имя пользователя сообщает администратор. Пароль никогда не запоминается.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address; the administrator knows it.</source>
        <translation>Введите имя или адрес сервера; их знает администратор.</translation>
    </message>
    <message>
        <source>Type the name of the database on the server, for example joldama.</source>
        <translation>Введите имя базы данных на сервере, например joldama.</translation>
    </message>
    <message>
        <source>Type your user name on the server; the administrator gives it.</source>
        <translation>Введите своё имя пользователя на сервере; его выдаёт администратор.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
</context>
<context>
    <name>OperationsActions</name>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>Сделать &amp;резервную копию базы данных…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>&amp;Автоматические резервные копии…</translation>
    </message>
    <message>
        <source>Report a &amp;problem…</source>
        <translation>Сообщить о &amp;проблеме…</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up on its server by the administrator.</source>
        <translation>Резервную копию общей базы данных PostgreSQL делает администратор на её сервере.</translation>
    </message>
    <message>
        <source>Making the daily backup…</source>
        <translation>Создаётся ежедневная резервная копия…</translation>
    </message>
    <message>
        <source>No backup of this database yet</source>
        <translation>Резервной копии этой базы данных ещё нет</translation>
    </message>
    <message>
        <source>Last good backup: %1 — more than two days ago</source>
        <translation>Последняя исправная резервная копия: %1 — больше двух дней назад</translation>
    </message>
    <message>
        <source>Last good backup: %1</source>
        <translation>Последняя исправная резервная копия: %1</translation>
    </message>
    <message>
        <source>File → Back up the database… makes one now.</source>
        <translation>Сделать её сейчас: Файл → Сделать резервную копию базы данных…</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>The last automatic backup failed: %1</source>
        <translation>Последнее автоматическое резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматическое резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <source>Joldama backups (*.sqlite);;All files (*)</source>
        <translation>Резервные копии Joldama (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Copying the database and checking the copy. Everyone can go on working.</source>
        <translation>Копирование базы данных и проверка копии. Все могут продолжать работу.</translation>
    </message>
    <message>
        <source>The backup %1 was made and checked: %2 referrals, %3 patients.
SHA-256: %4

Keep a copy away from this computer, inside Kazakhstan.</source>
        <translation>Резервная копия %1 создана и проверена: направлений — %2, пациентов — %3.
SHA-256: %4

Храните копию не на этом компьютере, а отдельно — на территории Казахстана.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Checking the backup %1…</source>
        <translation>Проверка резервной копии %1…</translation>
    </message>
    <message>
        <source>This backup cannot be restored:
%1

Nothing was changed.</source>
        <translation>Эту резервную копию нельзя восстановить:
%1

Ничего не изменено.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Joldama. Install it to restore the backup. Nothing was changed.</source>
        <translation>Эта резервная копия сделана более новой версией Joldama. Чтобы восстановить её, установите эту версию. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Replace the whole database with the backup made %1 (%2 referrals, %3 patients)?

Everything saved since then will be gone from the database; it stays in a safety copy of the database as it is now. Joldama closes this window, restores the backup and opens again. Close Joldama on every other workstation that uses this database first.</source>
        <translation>Заменить всю базу данных резервной копией от %1 (направлений — %2, пациентов — %3)?

Всё, что сохранено после этого, исчезнет из базы данных, но останется в страховочной копии базы данных в её нынешнем виде. Joldama закроет это окно, восстановит резервную копию и откроется снова. Сначала закройте Joldama на всех других рабочих местах, где используется эта база данных.</translation>
    </message>
    <message>
        <source>Restoring the backup %1…</source>
        <translation>Восстановление резервной копии %1…</translation>
    </message>
    <message>
        <source>The database was restored from the backup made %1.</source>
        <translation>База данных восстановлена из резервной копии от %1.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1.</source>
        <translation>База данных в прежнем виде сохранена в %1.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The printer or the file cannot be written to. Check the printer, or choose another file.</source>
        <translation>Не удаётся вывести документ на принтер или записать в файл. Проверьте принтер или выберите другой файл.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
    <message>
        <source>The account gets this password and its lock after wrong passwords is lifted. Tell the new password to the person in private.</source>
        <translation>Учётной записи будет задан этот пароль, а блокировка после неверных паролей будет снята. Сообщите новый пароль сотруднику наедине.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation>Не удалось запустить криптографическую библиотеку (libsodium).</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password (%1 MiB needed). Close other programs and try again.</source>
        <translation>Недостаточно памяти для защиты пароля (нужно %1 МиБ). Закройте другие программы и попробуйте ещё раз.</translation>
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
    <message>
        <source>The last name has %1 characters; at most %2 fit. Check that nothing else was pasted with it.</source>
        <translation>В фамилии %1 знаков; помещается не больше %2. Проверьте, не вставилось ли вместе с ней что-то ещё.</translation>
    </message>
    <message>
        <source>The first name has %1 characters; at most %2 fit. Check that nothing else was pasted with it.</source>
        <translation>В имени %1 знаков; помещается не больше %2. Проверьте, не вставилось ли вместе с ним что-то ещё.</translation>
    </message>
    <message>
        <source>The middle name has %1 characters; at most %2 fit. Check that nothing else was pasted with it.</source>
        <translation>В отчестве %1 знаков; помещается не больше %2. Проверьте, не вставилось ли вместе с ним что-то ещё.</translation>
    </message>
    <message>
        <source>The address has %1 characters; at most %2 fit.</source>
        <translation>В адресе %1 знаков; помещается не больше %2.</translation>
    </message>
    <message>
        <source>The clinic&apos;s name has %1 characters; at most %2 fit.</source>
        <translation>В названии поликлиники %1 знаков; помещается не больше %2.</translation>
    </message>
</context>
<context>
    <name>PatientService</name>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
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
        <source>Unknown column &quot;%1&quot;. Known columns: %2.</source>
        <translation>Неизвестный столбец «%1». Допустимые столбцы: %2.</translation>
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
    <message>
        <source>This referrals export names no patients by their parts (last_name, first_name): it was written by an older Joldama. Export the patients (joldama-cli export patients) and import that file.</source>
        <translation>В этой выгрузке направлений нет имён пациентов по частям (last_name, first_name): её записала более старая версия Joldama. Выгрузите пациентов (joldama-cli export patients) и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>The file is not the JSON Joldama exports (an array of records): %1 at byte %2.</source>
        <translation>Файл — не тот JSON, который выгружает Joldama (массив записей): %1 в байте %2.</translation>
    </message>
    <message>
        <source>the birth date %1 does not agree with the IIN, which gives %2</source>
        <translation>дата рождения %1 не совпадает с ИИН, по которому выходит %2</translation>
    </message>
    <message>
        <source>the sex &quot;%1&quot; does not agree with the IIN, which gives %2</source>
        <translation>пол «%1» не совпадает с ИИН, по которому выходит %2</translation>
    </message>
    <message>
        <source>No patient with IIN %1 is registered. Register the patient first.</source>
        <translation>Пациент с ИИН %1 не зарегистрирован. Сначала зарегистрируйте пациента.</translation>
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
    <message>
        <source>Print the list of patients</source>
        <translation>Печать списка пациентов</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder or file name.</source>
        <translation>Не удаётся записать файл %1: %2. Выберите другую папку или другое имя файла.</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2. Nothing was saved; check the free space and try again.</source>
        <translation>Не удаётся завершить запись файла %1: %2. Ничего не сохранено; проверьте, достаточно ли свободного места на диске, и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;По (включительно):</translation>
    </message>
    <message>
        <source>The period ends before it begins: the last day must be on or after %1.</source>
        <translation>Период заканчивается раньше, чем начинается: последний день должен быть не раньше %1.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>seeing patients&apos; records</source>
        <translation>просмотр данных пациентов</translation>
    </message>
    <message>
        <source>registering and correcting patients</source>
        <translation>регистрация пациентов и исправление их данных</translation>
    </message>
    <message>
        <source>seeing referrals</source>
        <translation>просмотр направлений</translation>
    </message>
    <message>
        <source>registering referrals and recording their course</source>
        <translation>регистрация направлений и отметки об их движении</translation>
    </message>
    <message>
        <source>cancelling referrals</source>
        <translation>отмена направлений</translation>
    </message>
    <message>
        <source>admitting a patient without valid documents</source>
        <translation>госпитализация без действующих документов</translation>
    </message>
    <message>
        <source>looking up a referral by its code</source>
        <translation>поиск направления по коду</translation>
    </message>
    <message>
        <source>seeing waiting lists with patients&apos; names</source>
        <translation>просмотр листов ожидания с ФИО пациентов</translation>
    </message>
    <message>
        <source>seeing the bureau&apos;s lists</source>
        <translation>просмотр списков бюро</translation>
    </message>
    <message>
        <source>printing referral tickets</source>
        <translation>печать талонов направления</translation>
    </message>
    <message>
        <source>printing public lists</source>
        <translation>печать общедоступных списков</translation>
    </message>
    <message>
        <source>printing lists with patients&apos; names</source>
        <translation>печать списков с ФИО пациентов</translation>
    </message>
    <message>
        <source>exporting patients and referrals</source>
        <translation>выгрузка пациентов и направлений</translation>
    </message>
    <message>
        <source>importing files</source>
        <translation>импорт файлов</translation>
    </message>
    <message>
        <source>changing quotas</source>
        <translation>изменение квот</translation>
    </message>
    <message>
        <source>changing reference lists</source>
        <translation>изменение справочников</translation>
    </message>
    <message>
        <source>recording hospital beds</source>
        <translation>учёт коечного фонда</translation>
    </message>
    <message>
        <source>changing the regional bureaus&apos; contacts</source>
        <translation>изменение контактов региональных бюро</translation>
    </message>
    <message>
        <source>recording applications for treatment abroad</source>
        <translation>оформление заявок на лечение за рубежом</translation>
    </message>
    <message>
        <source>recording the commission&apos;s decisions</source>
        <translation>внесение решений комиссии</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>чтение журнала аудита</translation>
    </message>
    <message>
        <source>checking the audit log</source>
        <translation>проверка журнала аудита</translation>
    </message>
    <message>
        <source>managing user accounts</source>
        <translation>управление учётными записями</translation>
    </message>
    <message>
        <source>changing the bureau&apos;s settings</source>
        <translation>изменение настроек бюро</translation>
    </message>
    <message>
        <source>backing up and restoring the database</source>
        <translation>резервное копирование и восстановление базы данных</translation>
    </message>
    <message>
        <source>filling the database with demo data</source>
        <translation>заполнение базы данных демонстрационными данными</translation>
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
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the list or waiting list on screen, as filtered and sorted (Ctrl+P)</source>
        <translation>Напечатать список или лист ожидания с экрана с учётом отбора и сортировки (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the list on screen as a PDF file</source>
        <translation>Сохранить список с экрана в файл PDF</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Нечего печатать</translation>
    </message>
    <message>
        <source>This page has no printable version. Open a list, a waiting list or a referral to print it.</source>
        <translation>Для этой страницы нет печатной формы. Откройте список, лист ожидания или направление, чтобы напечатать их.</translation>
    </message>
    <message>
        <source>Refusal &amp;journal…</source>
        <translation>&amp;Журнал отказов…</translation>
    </message>
    <message>
        <source>Print the hospitals&apos; refusals of a period, with the patients and the reasons</source>
        <translation>Печать отказов медицинских организаций за период — с пациентами и причинами</translation>
    </message>
    <message>
        <source>Refusal journal</source>
        <translation>Журнал отказов</translation>
    </message>
    <message>
        <source>Print the refusal journal</source>
        <translation>Печать журнала отказов</translation>
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
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Формат &amp;бумаги:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ориентация:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Поля:</translation>
    </message>
    <message>
        <source>Printout &amp;language:</source>
        <translation>&amp;Язык печати:</translation>
    </message>
    <message>
        <source>Public: referral codes and dates only, for the notice board</source>
        <translation>Общедоступный: только коды направлений и даты, для информационного стенда</translation>
    </message>
    <message>
        <source>Internal: with patients&apos; names and IIN, for the bureau</source>
        <translation>Служебный: с ФИО и ИИН пациентов, для бюро</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Вариант:</translation>
    </message>
    <message>
        <source>The printout&apos;s language does not change the language of the window.</source>
        <translation>Язык печати не меняет язык интерфейса программы.</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>Hospital profiles without a bed report, not listed: %1.</source>
        <translation>Профили медицинских организаций без сведений о койках (не включены в список): %1.</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>Свободные койки</translation>
    </message>
    <message>
        <source>Today %1, tomorrow %2, the day after %3</source>
        <translation>Сегодня %1, завтра %2, послезавтра %3</translation>
    </message>
    <message>
        <source>Free beds are the beds of the latest report for the day, less the occupied and the reserved ones. A dash: the hospital has not reported its beds.</source>
        <translation>Свободные койки — число коек по последним сведениям за день за вычетом занятых и зарезервированных. Прочерк означает, что медицинская организация не представила сведения о койках.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
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
        <source>Free today</source>
        <translation>Свободно сегодня</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Послезавтра</translation>
    </message>
    <message>
        <source>Report of</source>
        <translation>Сведения на</translation>
    </message>
    <message>
        <source>No hospital admits planned patients here.</source>
        <translation>Здесь нет медицинских организаций, принимающих плановых пациентов.</translation>
    </message>
    <message>
        <source>%1 — free today: %2</source>
        <translation>%1 — свободно сегодня: %2</translation>
    </message>
    <message>
        <source>Free beds in all: today %1, tomorrow %2, the day after %3.</source>
        <translation>Всего свободных коек: сегодня %1, завтра %2, послезавтра %3.</translation>
    </message>
    <message>
        <source>Bureau of Hospitalization</source>
        <translation>Бюро госпитализации</translation>
    </message>
    <message>
        <source>tel. %1</source>
        <translation>тел. %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Напечатано %1</translation>
    </message>
    <message>
        <source>Telephones of the regional bureaus of hospitalization</source>
        <translation>Телефоны региональных бюро госпитализации</translation>
    </message>
    <message>
        <source>To call from anywhere in Kazakhstan: 8, the area code in brackets, then the number.</source>
        <translation>Для звонка из любого населённого пункта Казахстана наберите 8, затем код города (указан в скобках) и номер.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>No telephone matches.</source>
        <translation>Подходящих телефонов нет.</translation>
    </message>
    <message>
        <source>8 (%1) — number not published</source>
        <translation>8 (%1) — номер не опубликован</translation>
    </message>
    <message>
        <source>Bureaus listed: %1, with a published number: %2.</source>
        <translation>Бюро в списке: %1, из них с опубликованным номером: %2.</translation>
    </message>
    <message>
        <source>Hospitals admitting planned patients</source>
        <translation>Медицинские организации, принимающие плановых пациентов</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Bed profiles</source>
        <translation>Профили коек</translation>
    </message>
    <message>
        <source>Admits</source>
        <translation>Принимает</translation>
    </message>
    <message>
        <source>No hospital matches.</source>
        <translation>Подходящих медицинских организаций нет.</translation>
    </message>
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
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Hospital code</source>
        <translation>Код МО</translation>
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
        <source>Diagnosis</source>
        <translation>Диагноз</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Поликлиника прикрепления</translation>
    </message>
    <message>
        <source>Insured (OSMS)</source>
        <translation>Застрахован (ОСМС)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>полный</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неполный</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>Waiting list (internal)</source>
        <translation>Лист ожидания (служебный)</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Лист ожидания</translation>
    </message>
    <message>
        <source>Bed profile: %1 (%2)</source>
        <translation>Профиль койки: %1 (%2)</translation>
    </message>
    <message>
        <source>As of %1: %2 in the waiting list</source>
        <translation>На %1 в листе ожидания: %2</translation>
    </message>
    <message>
        <source>For the bureau&apos;s internal use: contains personal data of patients. Do not post or hand out.</source>
        <translation>Для служебного пользования в бюро: содержит персональные данные пациентов. Не вывешивайте и не передавайте посторонним.</translation>
    </message>
    <message>
        <source>Patients are listed by their referral code only, without names or IIN. Find your code on your ticket.</source>
        <translation>Пациенты указаны только по кодам направлений, без ФИО и ИИН. Свой код вы найдёте в талоне.</translation>
    </message>
    <message>
        <source>Preliminary dates are estimates: they move with the queue and with the hospital&apos;s free beds. A confirmed date is fixed by the hospital.</source>
        <translation>Предварительные даты ориентировочные: они меняются вместе с движением очереди и наличием свободных коек в медицинской организации. Подтверждённую дату назначает медицинская организация.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Nobody is in this waiting list.</source>
        <translation>В этом листе ожидания никого нет.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>С %1 по %2</translation>
    </message>
    <message>
        <source>Referral ticket for planned hospitalization</source>
        <translation>Талон направления на плановую госпитализацию</translation>
    </message>
    <message>
        <source>Hospitalization code</source>
        <translation>Код госпитализации</translation>
    </message>
    <message>
        <source>Keep this ticket and bring it to the hospital. With this code you can check your place in the waiting list and the preliminary date of hospitalization on the Bureau of Hospitalization portal or by telephone.</source>
        <translation>Сохраните этот талон и возьмите его с собой в медицинскую организацию. По этому коду можно узнать своё место в листе ожидания и предварительную дату госпитализации на портале Бюро госпитализации или по телефону.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель госпитализации</translation>
    </message>
    <message>
        <source>Free of charge (GOBMP)</source>
        <translation>Бесплатно (ГОБМП)</translation>
    </message>
    <message>
        <source>Care within the guaranteed volume of free medical care is free for the patient.</source>
        <translation>Помощь в рамках гарантированного объёма бесплатной медицинской помощи оказывается пациенту бесплатно.</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Кем направлен</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Waiting list as of %1</source>
        <translation>Лист ожидания на %1</translation>
    </message>
    <message>
        <source>Place in the waiting list</source>
        <translation>Место в листе ожидания</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Confirmed date of hospitalization</source>
        <translation>Подтверждённая дата госпитализации</translation>
    </message>
    <message>
        <source>The hospital has confirmed this date.</source>
        <translation>Эта дата подтверждена медицинской организацией.</translation>
    </message>
    <message>
        <source>Preliminary date of hospitalization</source>
        <translation>Предварительная дата госпитализации</translation>
    </message>
    <message>
        <source>The preliminary date is an estimate: it moves with the queue and with the hospital&apos;s free beds. The hospital confirms the date.</source>
        <translation>Предварительная дата ориентировочная: она меняется вместе с движением очереди и наличием свободных коек в медицинской организации. Дату подтверждает медицинская организация.</translation>
    </message>
    <message>
        <source>The referral is no longer in a waiting list.</source>
        <translation>Направление больше не находится в листе ожидания.</translation>
    </message>
    <message>
        <source>Questions about the queue</source>
        <translation>Вопросы по очереди</translation>
    </message>
    <message>
        <source>number not published</source>
        <translation>номер не опубликован</translation>
    </message>
    <message>
        <source>The bureau of hospitalization of %1</source>
        <translation>Бюро госпитализации: %1</translation>
    </message>
    <message>
        <source>Documents to bring to the hospital</source>
        <translation>Документы, которые нужно взять с собой в медицинскую организацию</translation>
    </message>
    <message>
        <source>valid %1 days from issue</source>
        <translation>действителен %1 дн. с даты выдачи</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>Without the required documents the hospital has the right to refuse hospitalization.</source>
        <translation>При отсутствии необходимых документов медицинская организация вправе отказать в госпитализации.</translation>
    </message>
    <message>
        <source>Issued by the clerk</source>
        <translation>Выдал специалист бюро</translation>
    </message>
    <message>
        <source>Received by the patient</source>
        <translation>Получил пациент</translation>
    </message>
    <message>
        <source>signature, full name, date</source>
        <translation>подпись, ФИО, дата</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>М. П.</translation>
    </message>
    <message>
        <source>Referral ticket %1</source>
        <translation>Талон направления %1</translation>
    </message>
    <message>
        <source>Search: «%1»</source>
        <translation>Поиск: «%1»</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation>Сортировка: %1, по убыванию</translation>
    </message>
    <message>
        <source>Sorted by %1, ascending</source>
        <translation>Сортировка: %1, по возрастанию</translation>
    </message>
    <message>
        <source>Filter: «%1»</source>
        <translation>Отбор: «%1»</translation>
    </message>
    <message>
        <source>Rows: %1.</source>
        <translation>Строк: %1.</translation>
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
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Quotas for high-tech medical care</source>
        <translation>Квоты на высокотехнологичные медицинские услуги (ВТМУ)</translation>
    </message>
    <message>
        <source>Year %1 · profile %2</source>
        <translation>%1 год · профиль %2</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Выделено</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>No region matches.</source>
        <translation>Ни один регион не подходит под отбор.</translation>
    </message>
    <message>
        <source>In all: allocated %1, used %2, remaining %3.</source>
        <translation>Всего: выделено %1, использовано %2, остаток %3.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>The bureau at a glance</source>
        <translation>Бюро в цифрах</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Referrals in all</source>
        <translation>Всего направлений</translation>
    </message>
    <message>
        <source>Registered today</source>
        <translation>Зарегистрировано сегодня</translation>
    </message>
    <message>
        <source>Registered this month</source>
        <translation>Зарегистрировано в этом месяце</translation>
    </message>
    <message>
        <source>Refused among the referrals the hospitals decided on</source>
        <translation>Доля отказов среди направлений, по которым больницы приняли решение</translation>
    </message>
    <message>
        <source>Days waited, by bed profile</source>
        <translation>Дни ожидания по профилям коек</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Median, days</source>
        <translation>Медиана, дней</translation>
    </message>
    <message>
        <source>90th percentile, days</source>
        <translation>90-й процентиль, дней</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Никто не ожидает.</translation>
    </message>
    <message>
        <source>Beds by region, today</source>
        <translation>Койки по регионам на сегодня</translation>
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
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Занятость</translation>
    </message>
    <message>
        <source>No hospital has reported its beds.</source>
        <translation>Ни одна больница не сообщила о койках.</translation>
    </message>
    <message>
        <source>Journal of admissions and refusals of hospitalization</source>
        <translation>Журнал учёта приёма пациентов и отказов в госпитализации</translation>
    </message>
    <message>
        <source>Form No. 001/u</source>
        <translation>Форма № 001/у</translation>
    </message>
    <message>
        <source>Date and time of arrival</source>
        <translation>Дата и время поступления</translation>
    </message>
    <message>
        <source>Full name, IIN</source>
        <translation>Ф. И. О., ИИН</translation>
    </message>
    <message>
        <source>Address, telephone</source>
        <translation>Адрес, телефон</translation>
    </message>
    <message>
        <source>Referred or brought by</source>
        <translation>Кем направлен или доставлен</translation>
    </message>
    <message>
        <source>Department (bed profile)</source>
        <translation>Отделение (профиль койки)</translation>
    </message>
    <message>
        <source>Diagnosis of the referring organization</source>
        <translation>Диагноз направившей организации</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Reason for refusal and measures taken</source>
        <translation>Причина отказа в госпитализации и принятые меры</translation>
    </message>
    <message>
        <source>No admissions or refusals were recorded in this period.</source>
        <translation>За этот период поступлений и отказов не записано.</translation>
    </message>
    <message>
        <source>Admitted in the period: %1. Refused: %2.</source>
        <translation>Госпитализировано за период: %1. Отказано: %2.</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Сообщить о проблеме</translation>
    </message>
    <message>
        <source>Describe what happened: what you did, what you expected and what Joldama did instead. Do not write patients&apos; names or IINs here — a referral code is enough.</source>
        <translation>Опишите, что произошло: что вы делали, чего ожидали и что вместо этого сделала Joldama. Не пишите здесь имена и ИИН пациентов — достаточно кода направления.</translation>
    </message>
    <message>
        <source>What the report carries besides your words</source>
        <translation>Что ещё, кроме вашего текста, содержит сообщение</translation>
    </message>
    <message>
        <source>Joldama %1; database: %2, schema version %3
Computer: %4

Last error messages:
%5

Application log (the end; personal data masked):
%6</source>
        <translation>Joldama %1; база данных: %2, версия схемы %3
Компьютер: %4

Последние сообщения об ошибках:
%5

Журнал программы (конец; персональные данные скрыты):
%6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пуст</translation>
    </message>
</context>
<context>
    <name>ProblemReportService</name>
    <message>
        <source>Thank you, the error report has been received.</source>
        <translation>Спасибо, информация об ошибке принята.</translation>
    </message>
    <message>
        <source>Sorry, the error report cannot be processed at the moment. Please try again later.</source>
        <translation>Извините, в данный момент информация об ошибке не может быть обработана. Попробуйте позже.</translation>
    </message>
    <message>
        <source>Describe what happened: what you did, what you expected and what Joldama did instead.</source>
        <translation>Опишите, что произошло: что вы делали, чего ожидали и что вместо этого сделала Joldama.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters. Shorten it to what matters.</source>
        <translation>Описание длиннее %1 символов. Сократите его до главного.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The QR code for &quot;%1&quot; cannot be made: the text is too long.</source>
        <translation>Не удаётся создать QR-код для «%1»: текст слишком длинный.</translation>
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
    <message>
        <source>reading data</source>
        <translation>чтение данных</translation>
    </message>
</context>
<context>
    <name>QueuePrintout</name>
    <message>
        <source>No hospital has the code %1. Check it against the hospital registry.</source>
        <translation>Медицинской организации с кодом %1 нет. Сверьте код с реестром медицинских организаций.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bed profile.</source>
        <translation>«%1» — не профиль койки.</translation>
    </message>
</context>
<context>
    <name>QuotaPlanModel</name>
    <message>
        <source>No plan entered for this region yet. Type the number of quotas to enter one.</source>
        <translation>План для этого региона ещё не введён. Чтобы ввести его, наберите число квот.</translation>
    </message>
    <message>
        <source>Type a new number of quotas to change the plan; the change is saved at once and kept in the plan&apos;s history.</source>
        <translation>Чтобы изменить план, наберите новое число квот; изменение сохраняется сразу и остаётся в истории плана.</translation>
    </message>
    <message>
        <source>Referrals funded by this quota that are waiting, scheduled, in hospital or discharged. Cancelled and refused referrals give their quota back.</source>
        <translation>Направления за счёт этой квоты: в листе ожидания, с подтверждённой датой, госпитализированные и выписанные. Квоты аннулированных направлений и направлений, по которым МО отказала, возвращаются.</translation>
    </message>
    <message>
        <source>The population estimate the split by population uses, and its year. Type a new figure to change it.</source>
        <translation>Оценка численности населения, по которой квоты распределяются пропорционально населению, и год оценки. Чтобы изменить значение, наберите новое.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <source>Estimate of</source>
        <translation>Год оценки</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Выделено</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
</context>
<context>
    <name>QuotaService</name>
    <message>
        <source>The code of an HTMC profile is 2 to 8 Latin letters or digits, for example CSU.</source>
        <translation>Код профиля ВТМУ — от 2 до 8 латинских букв или цифр, например CSU.</translation>
    </message>
    <message>
        <source>Give the name of the HTMC profile in Kazakh.</source>
        <translation>Укажите название профиля ВТМУ на казахском языке.</translation>
    </message>
    <message>
        <source>Give the name of the HTMC profile in Russian.</source>
        <translation>Укажите название профиля ВТМУ на русском языке.</translation>
    </message>
    <message>
        <source>Give the name of the HTMC profile in English.</source>
        <translation>Укажите название профиля ВТМУ на английском языке.</translation>
    </message>
    <message>
        <source>Give the plan year as a four-digit year from 2000 to 2100.</source>
        <translation>Укажите год плана четырьмя цифрами: от 2000 до 2100.</translation>
    </message>
    <message>
        <source>Choose an HTMC profile from the list (&quot;%1&quot; is not one).</source>
        <translation>Выберите профиль ВТМУ из списка («%1» — не профиль ВТМУ).</translation>
    </message>
    <message>
        <source>The HTMC profile %1 is no longer in use. Choose another profile, or make this one active again in the list of HTMC profiles.</source>
        <translation>Профиль ВТМУ %1 больше не используется. Выберите другой профиль или снова сделайте этот профиль действующим в списке профилей ВТМУ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation>«%1» — не регион. Укажите двузначный код КАТО региона, например 71 для Астаны.</translation>
    </message>
    <message>
        <source>The number of quotas is a whole number from 0 to %1.</source>
        <translation>Число квот — целое число от 0 до %1.</translation>
    </message>
    <message>
        <source>Referrals from %1 already hold %2 quotas for %3 in %4, so the plan cannot be lower than %2. Enter %2 or more; quotas come back when referrals are cancelled or refused.</source>
        <translation>%1: направления уже занимают квоты по профилю «%3» на %4 год — %2, поэтому план не может быть меньше %2. Введите %2 или больше; квоты возвращаются при аннулировании направления или отказе МО.</translation>
    </message>
    <message>
        <source>The national total is a whole number of quotas from 0 to %1.</source>
        <translation>Общее число квот по стране — целое число от 0 до %1.</translation>
    </message>
    <message>
        <source>No region has a population entered, so the total cannot be split by population. Enter the regions&apos; populations first.</source>
        <translation>Ни для одного региона не введена численность населения, поэтому общее число квот нельзя распределить пропорционально населению. Сначала введите численность населения регионов.</translation>
    </message>
    <message>
        <source>%1 (referrals hold %2, the split gives %3)</source>
        <translation>%1 (занято направлениями: %2, по распределению: %3)</translation>
    </message>
    <message>
        <source>The split would give some regions fewer quotas than their referrals already hold: %1. Nothing was changed. Raise the national total, or set these regions&apos; plans one by one.</source>
        <translation>При таком распределении некоторые регионы получили бы меньше квот, чем уже занято их направлениями: %1. Ничего не изменено. Увеличьте общее число квот по стране или задайте планы этих регионов по отдельности.</translation>
    </message>
    <message>
        <source>The population is a whole number of people from 0 to %1.</source>
        <translation>Численность населения — целое число от 0 до %1.</translation>
    </message>
    <message>
        <source>Give the year the population estimate is for, from 1990 to %1.</source>
        <translation>Укажите год, на который дана оценка численности населения: от 1990 до %1.</translation>
    </message>
    <message>
        <source>No HTMC quota is left for %1 in %2 for %3: all %4 are held by referrals.</source>
        <translation>Квоты ВТМУ по профилю «%1» для региона %2 на %3 год исчерпаны: все выделенные квоты (%4) заняты направлениями.</translation>
    </message>
    <message>
        <source>%1 has no HTMC quotas for %2 in %3.</source>
        <translation>Региону %1 не выделены квоты ВТМУ по профилю «%2» на %3 год.</translation>
    </message>
    <message>
        <source>The quotas of another region cannot be used. Ask the regional health department to redistribute the quotas, or register the referral under another funding.</source>
        <translation>Квоты другого региона использовать нельзя. Обратитесь в управление здравоохранения региона о перераспределении квот или зарегистрируйте направление с другим источником финансирования.</translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <source>Plan not saved</source>
        <translation>План не сохранён</translation>
    </message>
    <message>
        <source>Allocate by population</source>
        <translation>Распределение по населению</translation>
    </message>
    <message>
        <source>National total of quotas for %1 in %2. It is split among the regions in proportion to their population; the parts add up exactly to the total.</source>
        <translation>Общее число квот по стране по профилю «%1» на %2 год. Оно распределяется между регионами пропорционально численности населения; сумма долей точно равна общему числу.</translation>
    </message>
    <message>
        <source>Replace the plan</source>
        <translation>Замена плана</translation>
    </message>
    <message>
        <source>This replaces the quotas of every region for %1 in %2 (now %3 in all) with a split of %4 by population. Every change is kept in the plans&apos; history. Replace?</source>
        <translation>Квоты всех регионов по профилю «%1» на %2 год (сейчас всего: %3) будут заменены распределением общего числа квот (%4) пропорционально населению. Все изменения сохраняются в истории планов. Заменить?</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Выделено</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <source>Quotas used of allocated, %1, %2</source>
        <translation>Использование выделенных квот, %1, %2</translation>
    </message>
    <message>
        <source>Choose an HTMC profile.</source>
        <translation>Выберите профиль ВТМУ.</translation>
    </message>
    <message>
        <source>In all: allocated %1, used %2, remaining %3. Populations are estimates of %4.</source>
        <translation>Всего: выделено %1, использовано %2, остаток %3. Численность населения — по оценке на %4 год.</translation>
    </message>
    <message>
        <source>No plan is entered for this profile and year yet: type each region&apos;s quotas in the Allocated column, or split a national total with Allocate by population.</source>
        <translation>План по этому профилю и году ещё не введён: введите квоты каждого региона в столбце «Выделено» или распределите общее число квот по стране кнопкой «Распределить по населению».</translation>
    </message>
    <message>
        <source>HTMC quotas</source>
        <translation>Квоты ВТМУ</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Отбор по региону</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>HTMC &amp;profile:</source>
        <translation>&amp;Профиль ВТМУ:</translation>
    </message>
    <message>
        <source>&amp;Allocate by population…</source>
        <translation>&amp;Распределить по населению…</translation>
    </message>
    <message>
        <source>Split a national total of quotas among the regions in proportion to their population.</source>
        <translation>Распределить общее число квот по стране между регионами пропорционально численности населения.</translation>
    </message>
    <message>
        <source>Print the quota plan</source>
        <translation>Печать плана квот</translation>
    </message>
</context>
<context>
    <name>ReferenceDataService</name>
    <message>
        <source>The shipped reference list %1 is missing from this build of Joldama.</source>
        <translation>В этой сборке Joldama нет справочника %1, который должен поставляться с программой.</translation>
    </message>
    <message>
        <source>Give the name in Kazakh.</source>
        <translation>Укажите название на казахском языке.</translation>
    </message>
    <message>
        <source>Give the name in Russian.</source>
        <translation>Укажите название на русском языке.</translation>
    </message>
    <message>
        <source>Give the name in English.</source>
        <translation>Укажите название на английском языке.</translation>
    </message>
    <message>
        <source>The code is 2 to 40 small Latin letters, digits or underscores, starting with a letter, for example blood_count.</source>
        <translation>Код — от 2 до 40 строчных латинских букв, цифр или знаков подчёркивания и начинается с буквы, например blood_count.</translation>
    </message>
    <message>
        <source>The code of a bed profile is 2 or 3 capital Latin letters or digits, starting with a letter, as it appears in referral codes (for example CAR, or DH for the day hospital).</source>
        <translation>Код профиля койки — 2 или 3 заглавные латинские буквы или цифры, начинается с буквы, как в кодах госпитализации (например, CAR или DH для дневного стационара).</translation>
    </message>
    <message>
        <source>The code %1 is already taken by &quot;%2&quot;. Choose another code, or edit that entry.</source>
        <translation>Код %1 уже занят: «%2». Выберите другой код или измените эту запись.</translation>
    </message>
    <message>
        <source>No entry of the list has the code %1. It may have been changed on another workstation: close the list and open it again.</source>
        <translation>В списке нет записи с кодом %1. Возможно, его изменили на другом рабочем месте: закройте список и откройте его снова.</translation>
    </message>
    <message>
        <source>The validity is 0 to %1 days; 0 means the document does not expire.</source>
        <translation>Срок действия — от 0 до %1 дней; 0 означает, что документ бессрочный.</translation>
    </message>
</context>
<context>
    <name>ReferenceListModel</name>
    <message>
        <source>Adults</source>
        <translation>Взрослые</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Adults and children</source>
        <translation>Взрослые и дети</translation>
    </message>
    <message>
        <source>Day hospital</source>
        <translation>Дневной стационар</translation>
    </message>
    <message>
        <source>Round-the-clock</source>
        <translation>Круглосуточный стационар</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Выведено из употребления</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Valid, days</source>
        <translation>Срок действия, дней</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязателен</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Пациенты</translation>
    </message>
    <message>
        <source>Form of care</source>
        <translation>Форма помощи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>The validity is a whole number of days; 0 means the document does not expire.</source>
        <translation>Срок действия указывается целым числом дней; 0 означает, что документ бессрочный.</translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <source>Reference lists</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>&amp;Document checklist</source>
        <translation>&amp;Перечень документов</translation>
    </message>
    <message>
        <source>&amp;Refusal reasons</source>
        <translation>Причины &amp;отказа</translation>
    </message>
    <message>
        <source>Bed &amp;profiles</source>
        <translation>Профили &amp;коек</translation>
    </message>
    <message>
        <source>The documents a patient brings to the hospital. Validity counts days from the date of issue; 0 means the document does not expire. A retired document is asked of nobody, and referrals that recorded it still show it.</source>
        <translation>Документы, которые пациент приносит в больницу. Срок действия считается в днях с даты выдачи; 0 — документ бессрочный. Документ, выведенный из употребления, больше ни у кого не требуется, а в направлениях, где он уже отмечен, он по-прежнему виден.</translation>
    </message>
    <message>
        <source>The reasons a hospital may give for refusing a planned patient. A retired reason is no longer offered for new refusals; the refusals that gave it keep it.</source>
        <translation>Причины, по которым больница может отказать плановому пациенту. Причина, выведенная из употребления, больше не предлагается для новых отказов; в прежних отказах она сохраняется.</translation>
    </message>
    <message>
        <source>The bed profiles patients wait for. A retired profile is no longer offered for new referrals; the referrals already waiting for it stay in their queues.</source>
        <translation>Профили коек, по которым пациенты ожидают госпитализации. Профиль, выведенный из употребления, больше не предлагается для новых направлений; направления, уже ожидающие по нему, остаются в своих очередях.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Вернуть в употребление</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Вывести из употребления</translation>
    </message>
    <message>
        <source>Put the selected entry back in use.</source>
        <translation>Снова использовать выбранную запись.</translation>
    </message>
    <message>
        <source>Stop offering the selected entry for new records. Records that have it keep it.</source>
        <translation>Больше не предлагать выбранную запись в новых направлениях и отказах; там, где она уже указана, она сохранится.</translation>
    </message>
    <message>
        <source>Add a document to the checklist</source>
        <translation>Добавить документ в перечень</translation>
    </message>
    <message>
        <source>Add a refusal reason</source>
        <translation>Добавить причину отказа</translation>
    </message>
    <message>
        <source>Add a bed profile</source>
        <translation>Добавить профиль койки</translation>
    </message>
    <message>
        <source>2 or 3 capital Latin letters or digits, as in referral codes, e.g. CAR</source>
        <translation>2 или 3 заглавные латинские буквы или цифры, как в кодах госпитализации, например CAR</translation>
    </message>
    <message>
        <source>Small Latin letters, digits and underscores, e.g. blood_count</source>
        <translation>Строчные латинские буквы, цифры и знаки подчёркивания, например blood_count</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>Название на ка&amp;захском:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <source>Re&amp;quired for hospitalization</source>
        <translation>&amp;Обязателен для госпитализации</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>Срок &amp;действия:</translation>
    </message>
    <message>
        <source>&amp;Patients:</source>
        <translation>Па&amp;циенты:</translation>
    </message>
    <message>
        <source>&amp;Form of care:</source>
        <translation>&amp;Форма помощи:</translation>
    </message>
</context>
<context>
    <name>ReferralCode</name>
    <message>
        <source>Enter the referral code, for example 71.7101.CAR.1F.</source>
        <translation>Введите код направления, например 71.7101.CAR.1F.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral code. A code looks like 71.7101.CAR.1F: region, hospital, bed profile and number, separated by dots.</source>
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
    <message>
        <source>&amp;Print ticket…</source>
        <translation>&amp;Печать талона…</translation>
    </message>
    <message>
        <source>Print the referral ticket %1</source>
        <translation>Печать талона направления %1</translation>
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
        <source>HTMC &amp;quota:</source>
        <translation>Квот&amp;а ВТМУ:</translation>
    </message>
    <message>
        <source>Only for HTMC funding</source>
        <translation>Только при финансировании за счёт квоты ВТМУ</translation>
    </message>
    <message>
        <source>Choose the HTMC profile of the quota</source>
        <translation>Выберите профиль ВТМУ квоты</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>осталось %1 из %2</translation>
    </message>
    <message>
        <source>no quotas</source>
        <translation>нет квот</translation>
    </message>
    <message>
        <source>Choose the patient first: the quota is their region&apos;s.</source>
        <translation>Сначала выберите пациента: квота выделяется по его региону.</translation>
    </message>
    <message>
        <source>Quotas of %1 for %2: the patient&apos;s region, the year of registration.</source>
        <translation>Квоты региона %1 на %2 год: регион пациента, год регистрации.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s IIN or name and choose the patient.</source>
        <translation>Введите ИИН или ФИО пациента и выберите пациента.</translation>
    </message>
    <message>
        <source>No registered patient has this IIN: register the patient first (Records → New patient…).</source>
        <translation>Пациент с таким ИИН не зарегистрирован: сначала зарегистрируйте его («Записи → Новый пациент…»).</translation>
    </message>
    <message>
        <source>Enter the diagnosis: an ICD-10 code or its name.</source>
        <translation>Введите диагноз: код МКБ-10 или его название.</translation>
    </message>
    <message>
        <source>Choose the bed profile.</source>
        <translation>Выберите профиль койки.</translation>
    </message>
    <message>
        <source>Choose the hospital the patient is referred to.</source>
        <translation>Выберите медицинскую организацию, в которую направляется пациент.</translation>
    </message>
    <message>
        <source>Choose the HTMC profile of the quota.</source>
        <translation>Выберите профиль ВТМУ квоты.</translation>
    </message>
    <message>
        <source>Diagnosis in &amp;words:</source>
        <translation>Диагноз &amp;словами:</translation>
    </message>
    <message>
        <source>As the referral words it</source>
        <translation>Как записано в направлении</translation>
    </message>
    <message>
        <source>Reason for a &amp;second referral:</source>
        <translation>Причина &amp;второго направления:</translation>
    </message>
    <message>
        <source>Why a second place in this profile</source>
        <translation>Почему второе место в этом профиле</translation>
    </message>
    <message>
        <source>%1 is not yet in the ICD-10 dictionary: give the diagnosis in words, it is kept for the next time.</source>
        <translation>Кода %1 ещё нет в справочнике МКБ-10: введите диагноз словами, он сохранится на следующий раз.</translation>
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
    <message>
        <source>Present</source>
        <translation>Имеется</translation>
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
        <source>A referral cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Направление нельзя перевести из статуса «%1» в статус «%2».</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Choose the patient the referral is for.</source>
        <translation>Выберите пациента, на которого оформляется направление.</translation>
    </message>
    <message>
        <source>Choose the region of the referring organization: its KATO code starts the referral code.</source>
        <translation>Выберите регион направившей организации: код направления начинается с кода КАТО этого региона.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region. Give its two-digit KATO code, for example 71 for Astana.</source>
        <translation>«%1» — не регион. Укажите двузначный код КАТО региона, например 71 для Астаны.</translation>
    </message>
    <message>
        <source>Choose the bed profile from the list (&quot;%1&quot; is not one).</source>
        <translation>Выберите профиль койки из списка («%1» — не профиль койки).</translation>
    </message>
    <message>
        <source>There is no active hospital with the code &quot;%1&quot;. Choose one from the list.</source>
        <translation>Действующей МО с кодом «%1» нет. Выберите медицинскую организацию из списка.</translation>
    </message>
    <message>
        <source>%1 does not admit planned patients to the profile &quot;%2&quot;. Choose a hospital offered for this profile.</source>
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
        <source>The admission date %1 has passed. Give today&apos;s date or a later one.</source>
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
        <source>&quot;%1&quot; is not in the list of refusal reasons.</source>
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
        <source>&quot;%1&quot; is not in the document checklist.</source>
        <translation>«%1» нет в перечне документов.</translation>
    </message>
    <message>
        <source>A document cannot be issued in the future (%1).</source>
        <translation>Дата выдачи документа не может быть в будущем (%1).</translation>
    </message>
    <message>
        <source>A referral funded by an HTMC quota needs the HTMC profile of the quota. Choose it.</source>
        <translation>Для направления за счёт квоты ВТМУ нужно указать профиль ВТМУ квоты. Выберите его.</translation>
    </message>
    <message>
        <source>Choose the HTMC profile of the quota from the list (&quot;%1&quot; is not one).</source>
        <translation>Выберите профиль ВТМУ квоты из списка («%1» — не профиль ВТМУ).</translation>
    </message>
    <message>
        <source>The patient&apos;s region is not recorded, so it is not known which region&apos;s HTMC quota to use. Choose the region in the patient&apos;s record, then register the referral again.</source>
        <translation>Регион пациента не указан, поэтому неизвестно, квоту ВТМУ какого региона использовать. Укажите регион в записи пациента, затем зарегистрируйте направление снова.</translation>
    </message>
    <message>
        <source>An HTMC profile is given only for referrals funded by an HTMC quota. Choose HTMC funding, or leave the HTMC profile empty.</source>
        <translation>Профиль ВТМУ указывается только для направлений за счёт квоты ВТМУ. Выберите финансирование за счёт квоты ВТМУ или оставьте профиль ВТМУ пустым.</translation>
    </message>
    <message>
        <source>The refusal reason &quot;%1&quot; has been retired from the list. Choose a reason in use.</source>
        <translation>Причина отказа «%1» выведена из употребления. Выберите действующую причину.</translation>
    </message>
    <message>
        <source>The diagnosis text has %1 characters; at most %2 fit. Shorten it to the diagnosis itself.</source>
        <translation>В тексте диагноза %1 знаков; помещается не больше %2. Оставьте только сам диагноз.</translation>
    </message>
    <message>
        <source>%1 is not yet in the ICD-10 dictionary. Type the diagnosis as the referral words it: the referral is registered with it, and the code is kept for the next time.</source>
        <translation>Кода %1 ещё нет в справочнике МКБ-10. Введите диагноз так, как он записан в направлении: направление будет зарегистрировано с ним, а код сохранится на следующий раз.</translation>
    </message>
    <message>
        <source>An emergency admission cannot be recorded for a future day (%1). Give the day the patient was admitted.</source>
        <translation>Экстренную госпитализацию нельзя записать на будущий день (%1). Укажите день, когда пациент поступил.</translation>
    </message>
    <message>
        <source>The admission day %1 is more than a year ago. Check the year: an emergency admission is recorded when it happens.</source>
        <translation>День поступления %1 — больше года назад. Проверьте год: экстренная госпитализация записывается тогда, когда она происходит.</translation>
    </message>
    <message>
        <source>The admission day %1 is %2 days ago. If the patient was really admitted then, confirm the day; otherwise correct it.</source>
        <translation>День поступления %1 был %2 дн. назад. Если пациент действительно поступил тогда, подтвердите день; иначе исправьте его.</translation>
    </message>
    <message>
        <source>%1 already waits for a bed of the profile &quot;%2&quot;: referral %3 to %4, registered on %5. One patient holds one place per profile. To move the patient to another hospital, transfer referral %3 there (the registration time is kept). To register a second referral anyway, give the reason for it.</source>
        <translation>%1 уже ожидает койку профиля «%2»: направление %3 в %4, зарегистрировано %5. У одного пациента одно место в очереди на профиль. Чтобы перевести пациента в другую больницу, переведите туда направление %3 (время регистрации сохранится). Чтобы всё же зарегистрировать второе направление, укажите его причину.</translation>
    </message>
    <message>
        <source>This workstation has given out every referral number of its part for this queue. Ask the bureau to enrol it again.</source>
        <translation>Это рабочее место выдало все номера направлений своей части для этой очереди. Попросите бюро зарегистрировать его заново.</translation>
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
        <translation>Госпитализировано</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Выписано</translation>
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
    <message>
        <source>Print the list of referrals</source>
        <translation>Печать списка направлений</translation>
    </message>
</context>
<context>
    <name>RefusalsPrintout</name>
    <message>
        <source>Give both days of the period.</source>
        <translation>Укажите обе даты периода.</translation>
    </message>
    <message>
        <source>The period starts on %1, after it ends on %2. Swap the days.</source>
        <translation>Начало периода (%1) позже его окончания (%2). Поменяйте даты местами.</translation>
    </message>
    <message>
        <source>There is no hospital with the code &quot;%1&quot;.</source>
        <translation>Больницы с кодом «%1» нет.</translation>
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
        <source>The Bureau&apos;s portal gives no number for this bureau. Enter it when you learn it.</source>
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
        <source>Remove the contact of %1 (%2 %3)? It stays in the database&apos;s history but is no longer shown or printed.</source>
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
    <message>
        <source>Regional contacts</source>
        <translation>Контакты регионов</translation>
    </message>
    <message>
        <source>Print the regional bureaus&apos; telephones</source>
        <translation>Печать телефонов региональных бюро</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>A shared PostgreSQL database is restored on its server by the administrator, with pg_restore (see the README).</source>
        <translation>Общую базу данных PostgreSQL восстанавливает администратор на её сервере с помощью pg_restore (см. README).</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 — это сама база данных, а не её резервная копия.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2 Nothing was changed.</source>
        <translation>%1 нельзя восстановить: %2 Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Joldama (schema version %2; this program knows up to %3). Install the newer Joldama to restore it. Nothing was changed.</source>
        <translation>%1 сделан более новой версией Joldama (версия схемы %2; эта программа знает версии до %3). Чтобы восстановить его, установите новую версию Joldama. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Nothing was changed.</source>
        <translation>Не удаётся создать папку %1. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the database. Nothing was changed.</source>
        <translation>Не удаётся скопировать %1 рядом с базой данных. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>Не удаётся записать %1: %2. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?). Nothing was changed.</source>
        <translation>Не удаётся записать %1 (не заполнен ли диск?). Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 changed while it was being restored. Nothing was changed.</source>
        <translation>%1 изменился во время восстановления. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The safety copy of the current database failed its check (%1), so the restore was stopped. Nothing was changed.</source>
        <translation>Страховочная копия текущей базы данных не прошла проверку (%1), поэтому восстановление остановлено. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>clerk</source>
        <translation>регистратор</translation>
    </message>
    <message>
        <source>senior clerk</source>
        <translation>старший регистратор</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
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
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Print the search results</source>
        <translation>Печать результатов поиска</translation>
    </message>
</context>
<context>
    <name>ServerPrivileges</name>
    <message>
        <source>The database %1 needs an upgrade to this version of Joldama, which only the owner of its schema may make: the server&apos;s role %2 that this workstation signs in as may not change it. Nothing was changed. Ask the administrator to upgrade it as the owner (joldama-cli --db postgresql://OWNER@SERVER/DATABASE init).</source>
        <translation>Базу данных %1 нужно обновить до этой версии Joldama, а сделать это может только владелец её схемы: роль сервера %2, под которой входит это рабочее место, изменять схему не может. Ничего не изменено. Попросите администратора обновить базу от имени владельца (joldama-cli --db postgresql://OWNER@SERVER/DATABASE init).</translation>
    </message>
    <message>
        <source>Roles are given on a PostgreSQL server; a database file belongs to whoever may read it.</source>
        <translation>Роли назначаются на сервере PostgreSQL; файл базы данных принадлежит тому, кто может его читать.</translation>
    </message>
    <message>
        <source>Only the owner of the schema may give a role the use of the database: the role %1 is not. Connect as the owner (--db postgresql://OWNER@SERVER/DATABASE).</source>
        <translation>Дать роли доступ к базе данных может только владелец схемы, а роль %1 им не является. Подключитесь от имени владельца (--db postgresql://OWNER@SERVER/DATABASE).</translation>
    </message>
    <message>
        <source>The server has no role %1. Create it first (createuser --pwprompt %1).</source>
        <translation>На сервере нет роли %1. Сначала создайте её (createuser --pwprompt %1).</translation>
    </message>
    <message>
        <source>%1 is the role this connection signed in as, the schema&apos;s owner. Give the workstations a role of their own (createuser --pwprompt joldama).</source>
        <translation>%1 — роль, под которой выполнено это подключение, то есть владелец схемы. Дайте рабочим местам отдельную роль (createuser --pwprompt joldama).</translation>
    </message>
    <message>
        <source>%1 is a superuser of the server, whom no privilege binds: the audit log would not be protected from it. Give the workstations a role without SUPERUSER.</source>
        <translation>%1 — суперпользователь сервера, которого не ограничивают никакие права: журнал аудита не был бы от него защищён. Дайте рабочим местам роль без SUPERUSER.</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <source>Locked. Enter your password to see this window again.</source>
        <translation>Заблокировано. Введите пароль, чтобы снова увидеть это окно.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Joldama — sign in</source>
        <translation>Joldama — вход</translation>
    </message>
    <message>
        <source>Joldama — the window is locked</source>
        <translation>Joldama — окно заблокировано</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>This database keeps user accounts. Sign in with your login and password.</source>
        <translation>В этой базе данных ведутся учётные записи. Войдите со своим логином и паролем.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>The window was locked: what it showed is hidden until %1 enters the password again.</source>
        <translation>Окно заблокировано: его содержимое скрыто, пока %1 снова не введёт пароль.</translation>
    </message>
    <message>
        <source>Someone else may sign in with their own login instead: the window of %1 is then closed and anything unsaved in it is lost.</source>
        <translation>Вместо этого может войти другой сотрудник со своим логином: тогда окно %1 закроется, и всё несохранённое в нём пропадёт.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
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
        <translation>&amp;Госпитализировано…</translation>
    </message>
    <message>
        <source>D&amp;ischarged…</source>
        <translation>&amp;Выписано…</translation>
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
        <source>the patient&apos;s free choice</source>
        <translation>свободный выбор пациента</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 waiting · about %4</source>
        <translation>%1 — %2 · в очереди: %3 · ориентировочно %4</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>How to register, transfer, print, look up a code and keep quotas</source>
        <translation>Как регистрировать, переводить, печатать, искать по коду и вести квоты</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Give the &amp;role</source>
        <translation>Назначить &amp;роль</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Новый &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock the windows after this time without input:</source>
        <translation>Блокировать окна после простоя:</translation>
    </message>
    <message>
        <source>Everyone signs in with their own account; the role decides what they may do, and the audit log records who saw and changed what. Accounts are disabled, never deleted.</source>
        <translation>Каждый входит под своей учётной записью; роль определяет, что ему разрешено, а журнал аудита фиксирует, кто что просматривал и изменял. Учётные записи отключаются, но не удаляются.</translation>
    </message>
    <message>
        <source>This database has no user accounts: anyone at this computer sees and changes everything, and nothing is recorded about who did it. Add the administrator&apos;s account first.</source>
        <translation>В этой базе данных нет учётных записей: любой за этим компьютером видит и изменяет всё, и ничего не фиксируется о том, кто это сделал. Сначала добавьте учётную запись администратора.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>locked after %1 wrong passwords</source>
        <translation>заблокирована после %1 неверных паролей</translation>
    </message>
    <message>
        <source>waiting after %1 wrong passwords</source>
        <translation>ожидание после %1 неверных паролей</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Disable the account %1? The person can no longer sign in; the account and what the audit log says about it are kept.</source>
        <translation>Отключить учётную запись %1? Сотрудник больше не сможет войти; сама учётная запись и сведения о ней в журнале аудита сохранятся.</translation>
    </message>
</context>
<context>
    <name>WaitingListModel</name>
    <message>
        <source>Place</source>
        <translation>Место в очереди</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Код направления</translation>
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
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Дней ожидания</translation>
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
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>полный пакет</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неполный пакет</translation>
    </message>
</context>
<context>
    <name>WaitingListPage</name>
    <message>
        <source>Choose a hospital and a bed profile.</source>
        <translation>Выберите медицинскую организацию и профиль койки.</translation>
    </message>
    <message numerus="yes">
        <source>%n in the waiting list</source>
        <translation>
            <numerusform>В листе ожидания: %n</numerusform>
            <numerusform>В листе ожидания: %n</numerusform>
            <numerusform>В листе ожидания: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%1. Planned admissions: %n a day, on working days.</source>
        <translation>
            <numerusform>%1. Плановая госпитализация: %n пациент в день, по рабочим дням.</numerusform>
            <numerusform>%1. Плановая госпитализация: %n пациента в день, по рабочим дням.</numerusform>
            <numerusform>%1. Плановая госпитализация: %n пациентов в день, по рабочим дням.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned admissions of %1</source>
        <translation>План госпитализаций в день: %1</translation>
    </message>
    <message>
        <source>From the beds: a tenth of the profile&apos;s beds a day</source>
        <translation>По числу коек: в день десятая часть коек профиля</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Admissions a day:</source>
        <translation>Госпитализаций в день:</translation>
    </message>
    <message>
        <source>Earliest admission after registration:</source>
        <translation>Минимальный срок от регистрации до госпитализации:</translation>
    </message>
    <message>
        <source>Capacity not saved</source>
        <translation>План госпитализаций в день не сохранён</translation>
    </message>
    <message>
        <source>Waiting lists</source>
        <translation>Листы ожидания</translation>
    </message>
    <message>
        <source>&amp;Capacity…</source>
        <translation>&amp;План госпитализаций в день…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Print &amp;list</source>
        <translation>Печать &amp;списка</translation>
    </message>
    <message>
        <source>&amp;Public list: codes and dates only…</source>
        <translation>&amp;Общедоступный список: только коды и даты…</translation>
    </message>
    <message>
        <source>&amp;Internal list: with names and IIN…</source>
        <translation>&amp;Служебный список: с ФИО и ИИН…</translation>
    </message>
    <message>
        <source>Print the waiting list</source>
        <translation>Печать листа ожидания</translation>
    </message>
    <message>
        <source>Choose a hospital and a bed profile: their waiting list is what gets printed.</source>
        <translation>Выберите медицинскую организацию и профиль койки: печатается их лист ожидания.</translation>
    </message>
</context>
<context>
    <name>WaitingListService</name>
    <message>
        <source>The capacity is at least one planned admission a day.</source>
        <translation>План госпитализаций в день — не менее одной плановой госпитализации.</translation>
    </message>
    <message>
        <source>The lead time is 0 to 365 days.</source>
        <translation>Минимальный срок до госпитализации — от 0 до 365 дней.</translation>
    </message>
    <message>
        <source>No referral has the code %1. Check it against the ticket; if it is right, the referral may be registered in another region&apos;s database — ask that region&apos;s bureau.</source>
        <translation>Направления с кодом %1 нет. Сверьте код с талоном; если код верный, направление может быть зарегистрировано в базе данных другого региона — обратитесь в бюро госпитализации этого региона.</translation>
    </message>
</context>
<context>
    <name>WorkstationsDialog</name>
    <message>
        <source>Issue the file &amp;again…</source>
        <translation>Выпустить файл &amp;заново…</translation>
    </message>
    <message>
        <source>Make its &amp;answer…</source>
        <translation>Подготовить &amp;ответ…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Вывести из работы</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Рабочие места</translation>
    </message>
    <message>
        <source>&amp;Enrol a workstation…</source>
        <translation>&amp;Зарегистрировать рабочее место…</translation>
    </message>
    <message>
        <source>&amp;Import a package…</source>
        <translation>&amp;Импортировать пакет…</translation>
    </message>
    <message>
        <source>A workstation&apos;s code is never given again, even after it is retired. Its referral codes are numbered in a part of their own (for workstation 1, 71.7101.CAR.100001 and on), so codes stay unique while it works offline. &quot;Waiting&quot; counts the records its next answer brings.</source>
        <translation>Код рабочего места больше никогда не выдаётся, даже после вывода из работы. Его направления нумеруются в собственной части (у рабочего места 1 — 71.7101.CAR.100001 и далее), поэтому коды остаются уникальными, пока оно работает без связи. «Ожидает» — сколько записей принесёт его следующий ответ.</translation>
    </message>
    <message>
        <source>This database is the bureau &quot;%1&quot;. Workstations send their work here; each gets the bureau&apos;s answer.</source>
        <translation>Эта база данных — бюро «%1». Рабочие места присылают сюда свою работу; каждое получает ответ бюро.</translation>
    </message>
    <message>
        <source>This database has enrolled no workstation yet. The first enrolment makes it the bureau the workstations exchange with.</source>
        <translation>В этой базе данных ещё не зарегистрировано ни одного рабочего места. После первой регистрации она станет бюро, с которым обмениваются рабочие места.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Последний ответ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>выведено из работы</translation>
    </message>
    <message>
        <source>active, file issued %1 times</source>
        <translation>работает, файл выпущен %1 раз(а)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>Сохранение файла регистрации</translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol)</source>
        <translation>Файлы регистрации (*.enrol)</translation>
    </message>
    <message>
        <source>%1 is enrolled as %2. Take %3 to the workstation and join with it there (File → Exchange → Join a bureau…).</source>
        <translation>«%1» зарегистрировано как %2. Перенесите %3 на рабочее место и присоединитесь с ним там (Файл → Обмен → Присоединиться к бюро…).</translation>
    </message>
    <message>
        <source>Issue the enrolment file of %1 again for its reinstalled computer? The old file&apos;s key stops working, and its referral codes continue above the highest the bureau has seen from it.</source>
        <translation>Выпустить файл регистрации «%1» заново для переустановленного компьютера? Ключ старого файла перестанет действовать, а коды направлений продолжатся выше самого большого, которое бюро от него получало.</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Сохранение ответа</translation>
    </message>
    <message>
        <source>Exchange packages (*.jpkg)</source>
        <translation>Пакеты обмена (*.jpkg)</translation>
    </message>
    <message>
        <source>The answer to %1 holds %2 change(s), the standing of %3 referral(s) and %4 conflict(s).</source>
        <translation>В ответе для «%1»: изменений — %2, положение направлений — %3, конфликтов — %4.</translation>
    </message>
    <message>
        <source>Retire %1? Its packages will no longer be taken, and its code is never given again.</source>
        <translation>Вывести «%1» из работы? Его пакеты больше не будут приниматься, а его код никогда не будет выдан снова.</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>Exchange packages (*.jpkg);;All files (*)</source>
        <translation>Пакеты обмена (*.jpkg);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>WriteLockWait</name>
    <message>
        <source>Waiting for another workstation</source>
        <translation>Ожидание другого рабочего места</translation>
    </message>
    <message>
        <source>Another workstation is saving to the database. Your changes are kept and will be saved as soon as it has finished.</source>
        <translation>Другое рабочее место сохраняет данные в базу. Ваши изменения не потеряны и будут сохранены, как только оно закончит.</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Прекратить ожидание</translation>
    </message>
</context>
</TS>
