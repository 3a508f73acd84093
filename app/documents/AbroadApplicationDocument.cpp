#include "AbroadApplicationDocument.h"

#include "domain/AppInfo.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "domain/Workstation.h"
#include "services/AbroadService.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
#include "services/Workspace.h"

#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace {
const char* const context = "AbroadApplicationDocument";

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td width=\"32%\" style=\"color:#444444\">%1</td><td>%2</td></tr>")
        .arg(escaped(label), value.isEmpty() ? QStringLiteral("—") : escaped(value));
}
} // namespace

AbroadApplicationDocument::AbroadApplicationDocument(Workspace& workspace, qint64 applicationId, Language language)
    : m_language(language)
{
    const std::optional<AbroadApplication> application = workspace.abroad().find(applicationId);
    if (!application)
        throw OperationError(OperationError::Kind::NotFound,
                             tr("There is no application for treatment abroad with the number %1. Check the number "
                                "in the list of applications.")
                                 .arg(applicationId));
    m_application = *application;
    if (const std::optional<Patient> patient = workspace.patients().find(m_application.patientId))
        m_patient = *patient;
    for (const Region& region : workspace.referenceData().regions()) {
        if (region.code == m_patient.regionCode)
            m_regionName = region.name(language);
    }
    m_disease =
        workspace.abroad().findEntry(EligibleList::Diseases, m_application.diseaseCode).value_or(EligibleEntry{});
    m_category =
        workspace.abroad().findEntry(EligibleList::Categories, m_application.categoryCode).value_or(EligibleEntry{});
    m_documents = workspace.abroad().documents(applicationId);
    m_history = workspace.abroad().history(applicationId);
    m_printedBy = Workstation::currentUser();
    m_printedAt = workspace.clock().now();
    // Joldama's catalogue for the document's language, when this program embeds it; else the English text.
    m_translated = m_translator.load(QStringLiteral(":/i18n/joldama_%1.qm").arg(Languages::code(language)));
}

AbroadApplicationDocument::~AbroadApplicationDocument() = default;

QString AbroadApplicationDocument::text(const char* source) const
{
    if (m_translated) {
        const QString translated = m_translator.translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString AbroadApplicationDocument::statusText(AbroadStatus status) const
{
    const char* source = AbroadStatuses::labelSource(status);
    if (m_translated) {
        const QString translated = m_translator.translate("AbroadStatuses", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString AbroadApplicationDocument::title() const
{
    return text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Application for treatment abroad No. %1"))
        .arg(m_application.id);
}

QString AbroadApplicationDocument::html() const
{
    const AbroadApplication& a = m_application;
    QString html;
    html += QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'%1'; "
                           "font-size:10pt\">")
                .arg(QLatin1String(fontFamily));
    html +=
        QStringLiteral("<p style=\"color:#555555; font-size:8pt\">%1</p>")
            .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Joldama — Bureau of Hospitalization"))));
    html += QStringLiteral("<h2>%1</h2>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument",
                                                    "Application for treatment abroad at the expense of the "
                                                    "budget"))));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "No. %1 of %2. Status: %3."))
                                 .arg(a.id)
                                 .arg(DisplayFormat::date(a.createdAt.date()), statusText(a.status))));

    const QString table = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    html += QStringLiteral("<h3 style=\"margin-top:12px\">%1</h3>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Patient"))));
    html += table;
    html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Full name")), m_patient.fullName());
    html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "IIN")), m_patient.iin);
    html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Date of birth")),
                DisplayFormat::date(m_patient.birthDate));
    html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Region")), m_regionName);
    html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Phone")), m_patient.phone);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3 style=\"margin-top:12px\">%1</h3>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Diagnosis and grounds"))));
    html += table;
    html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Diagnosis (ICD-10)")),
                QStringLiteral("%1 — %2").arg(a.diagnosisCode, a.diagnosisName));
    html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Disease from the list")),
                m_disease.code.isEmpty() ? a.diseaseCode : m_disease.name(m_language));
    html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Category of citizens")),
                m_category.code.isEmpty() ? a.categoryCode : m_category.name(m_language));
    html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Country")), a.country);
    html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Clinic")), a.clinic);
    if (!a.notes.isEmpty())
        html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Notes")), a.notes);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3 style=\"margin-top:12px\">%1</h3>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Documents handed in"))));
    if (m_documents.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "No documents are recorded."))));
    } else {
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                               "style=\"border-collapse:collapse; border-color:#999999\">");
        html += QStringLiteral("<tr style=\"background:#eeeeee\"><th width=\"6%\">%1</th><th>%2</th>"
                               "<th width=\"18%\">%3</th><th width=\"30%\">%4</th></tr>")
                    .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "No."))),
                         escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Document"))),
                         escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Received on"))),
                         escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Note"))));
        int n = 0;
        for (const AbroadDocument& d : m_documents)
            html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(++n)
                        .arg(escaped(d.title), DisplayFormat::date(d.receivedOn), escaped(d.note));
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h3 style=\"margin-top:12px\">%1</h3>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Decision of the commission"))));
    if (!a.isDecided()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument",
                                                        "The commission has not decided on this application yet."))));
    } else {
        const bool approved = a.decision == QLatin1String("approved");
        html += table;
        html += QStringLiteral("<tr><td width=\"32%\" style=\"color:#444444\">%1</td><td><b>%2</b></td></tr>")
                    .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Decision"))),
                         escaped(approved ? text(QT_TRANSLATE_NOOP("AbroadApplicationDocument",
                                                                   "Approved: the patient is sent for treatment "
                                                                   "abroad"))
                                          : text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Rejected"))));
        html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Date of the decision")),
                    DisplayFormat::date(a.decisionDate));
        html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Protocol No.")), a.decisionProtocol);
        if (!a.decisionReason.isEmpty())
            html += row(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Reason")), a.decisionReason);
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h3 style=\"margin-top:12px\">%1</h3>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "History"))));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-collapse:collapse; border-color:#999999; font-size:9pt\">");
    html += QStringLiteral("<tr style=\"background:#eeeeee\"><th width=\"20%\">%1</th><th width=\"18%\">%2</th>"
                           "<th>%3</th></tr>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "When"))),
                     escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Who"))),
                     escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Step"))));
    for (const AbroadEvent& e : m_history) {
        AbroadStatus to = AbroadStatus::Draft;
        AbroadStatuses::fromCode(e.toStatus, &to);
        QString step = statusText(to);
        if (!e.reason.isEmpty())
            step += QStringLiteral(": ") + e.reason;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(DisplayFormat::dateTime(e.happenedAt), escaped(e.actor), escaped(step));
    }
    html += QStringLiteral("</table>");

    if (m_disease.starter || m_category.starter)
        html += QStringLiteral("<p style=\"color:#8a5a00; font-size:8pt\">%1</p>")
                    .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument",
                                                        "The disease or the category was taken from the starter list "
                                                        "shipped with Joldama, which has not been checked against the "
                                                        "Ministry of Health's current order yet."))));

    html += QStringLiteral("<p><br/><br/>%1 ______________________ &nbsp;&nbsp; %2 ______________</p>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Clerk of the Bureau:"))),
                     escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Date:"))));
    html += QStringLiteral("<p style=\"color:#777777; font-size:8pt\">%1</p>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("AbroadApplicationDocument", "Printed on %1 by %2 (Joldama %3)."))
                                 .arg(DisplayFormat::dateTime(m_printedAt), m_printedBy, AppInfo::version())));
    html += QStringLiteral("</body></html>");
    return html;
}

std::unique_ptr<QTextDocument> AbroadApplicationDocument::document() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(QFont(QLatin1String(fontFamily), 10));
    document->setMetaInformation(QTextDocument::DocumentTitle, title());
    document->setHtml(html());
    return document;
}

void AbroadApplicationDocument::writePdf(QIODevice* device) const
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Joldama %1").arg(AppInfo::version()));
    document()->print(&writer);
}

void AbroadApplicationDocument::savePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw OperationError(
            OperationError::Kind::Storage,
            tr("Cannot write %1: %2. Choose another folder or file name.").arg(path, file.errorString()));
    writePdf(&file);
    if (!file.commit())
        throw OperationError(OperationError::Kind::Storage,
                             tr("Cannot finish writing %1 (%2). Nothing was written; check the disk and try again.")
                                 .arg(path, file.errorString()));
}
