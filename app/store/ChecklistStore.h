#pragma once

#include "Database.h"
#include "domain/DocumentType.h"
#include "domain/RefusalReason.h"

#include <QList>

#include <optional>

// The bureau's editable lists: required documents with their validity, and refusal reasons.
class ChecklistStore
{
public:
    explicit ChecklistStore(const Database& database)
        : m_database(database)
    {}

    // A negative sort order puts a new entry at the end of the list.
    QList<DocumentType> documentTypes(bool activeOnly = false) const;
    std::optional<DocumentType> findDocumentType(const QString& code) const;
    void upsertDocumentType(const DocumentType& type, int sortOrder, const QString& now) const;
    // Changes an entry in place, keeping its place in the list.
    void updateDocumentType(const DocumentType& type, const QString& now) const;

    QList<RefusalReason> refusalReasons(bool activeOnly = false) const;
    std::optional<RefusalReason> findRefusalReason(const QString& code) const;
    void upsertRefusalReason(const RefusalReason& reason, int sortOrder, const QString& now) const;
    void updateRefusalReason(const RefusalReason& reason, const QString& now) const;

private:
    const Database& m_database;
};
