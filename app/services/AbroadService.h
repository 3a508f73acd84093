#pragma once

#include "domain/AbroadApplication.h"
#include "domain/Clock.h"
#include "domain/EligibleEntry.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

// Applications for treatment abroad at the expense of the budget. An application is accepted only for a
// disease on the editable list of eligible diseases and a citizen of a category on the editable list of
// eligible categories; both are checked again when it is submitted and when the commission approves it, in
// case the lists changed meanwhile. Every step is one transaction together with the event that records it.
class AbroadService
{
    Q_DECLARE_TR_FUNCTIONS(AbroadService)

public:
    struct Application
    {
        qint64 patientId = 0;
        QString iin; // used when patientId is 0
        QString diagnosisCode;
        QString diagnosisName; // required for a code the ICD-10 dictionary does not have yet
        QString diseaseCode;
        QString categoryCode;
        QString country;
        QString clinic;
        QString notes;
        QList<AbroadDocument> documents;
        bool submit = false; // submit to the commission at once
    };

    struct Decision
    {
        QString decision; // approved / rejected
        QDate date;
        QString protocol;
        QString reason;  // required when rejected
        QString country; // approved: where the patient will be treated (kept when empty)
        QString clinic;
    };

    explicit AbroadService(Database& database, const Clock& clock = Clock::system());

    // Throws OperationError (Invalid or NotFound) naming the field: iin, diagnosis, disease, category,
    // document.
    AbroadApplication add(const Application& application);
    // Submits, withdraws (reason required) or marks as treated. Approval and rejection go through decide().
    // Throws OperationError(Conflict, field "status") for a step that is not allowed.
    AbroadApplication transition(qint64 id, AbroadStatus to, const QString& reason = {});
    // Records the commission's decision on a submitted application. Throws OperationError naming decision,
    // date, protocol, reason, country, disease or category.
    AbroadApplication decide(qint64 id, const Decision& decision);
    AbroadDocument addDocument(qint64 id, const AbroadDocument& document);

    // An application's card about to be shown: the view is recorded in the audit log before it is returned.
    std::optional<AbroadApplication> openCard(qint64 id);
    std::optional<AbroadApplication> find(qint64 id) const;
    QList<AbroadApplication> applications(const std::optional<AbroadStatus>& status = std::nullopt) const;
    QList<AbroadEvent> history(qint64 id) const;
    QList<AbroadDocument> documents(qint64 id) const;
    // Applications per status code, for the report by status.
    QHash<QString, int> countByStatus() const;

    QList<EligibleEntry> list(EligibleList list, bool activeOnly = false) const;
    std::optional<EligibleEntry> findEntry(EligibleList list, const QString& code) const;
    // Adds or edits an entry; a saved entry is no longer part of the unchecked starter list. Throws
    // OperationError(Invalid) naming code, name_kk, name_ru or name_en.
    EligibleEntry saveEntry(EligibleList list, const EligibleEntry& entry);

private:
    AbroadApplication found(qint64 id) const;
    // Throws unless the disease and the category are on their lists and in use, and the patient's age today is
    // within the category's ages.
    void checkEligible(const QString& diseaseCode, const QString& categoryCode, qint64 patientId) const;
    AbroadDocument checkedDocument(const AbroadDocument& document) const;
    void recordEvent(qint64 id, const QString& from, const QString& to, const QString& reason, const QString& detail,
                     const QString& now, const QString& actor) const;

    Database& m_database;
    const Clock& m_clock;
};
