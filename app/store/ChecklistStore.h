#pragma once

#include "Database.h"
#include "domain/DocumentType.h"
#include "domain/RefusalReason.h"

#include <QList>

// The bureau's editable lists: required documents with their validity, and refusal reasons.
class ChecklistStore
{
public:
    explicit ChecklistStore(const Database& database)
        : m_database(database)
    {}

    QList<DocumentType> documentTypes(bool activeOnly = false) const;
    void upsertDocumentType(const DocumentType& type, int sortOrder, const QString& now) const;

    QList<RefusalReason> refusalReasons(bool activeOnly = false) const;
    void upsertRefusalReason(const RefusalReason& reason, int sortOrder, const QString& now) const;

private:
    const Database& m_database;
};
