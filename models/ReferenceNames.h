#pragma once

#include "domain/Language.h"

#include <QHash>
#include <QObject>

class ReferenceDataService;

// Names of regions and bed profiles in the language the clerk chose, shared by every model. When the
// language changes, models repaint their rows through languageChanged().
class ReferenceNames : public QObject
{
    Q_OBJECT

public:
    explicit ReferenceNames(ReferenceDataService& referenceData, QObject* parent = nullptr);

    Language language() const { return m_language; }
    void setLanguage(Language language);
    // Reads the lists again after an edit or an import.
    void reload();

    QString regionName(const QString& code) const;
    QString profileName(const QString& code) const;
    QStringList regionCodes() const { return m_regionCodes; }   // KATO order
    QStringList profileCodes() const { return m_profileCodes; } // the bureau's list order

signals:
    void languageChanged();
    void namesChanged();

private:
    ReferenceDataService& m_referenceData;
    Language m_language = Language::English;
    QHash<QString, QStringList> m_regions;  // code → kk, ru, en
    QHash<QString, QStringList> m_profiles; // code → kk, ru, en
    QStringList m_regionCodes;
    QStringList m_profileCodes;
};
