#pragma once

#include "domain/Language.h"

#include <QObject>
#include <QTranslator>

#include <memory>

// Installs the interface language: Joldama's catalogue, Qt's own (qtbase_ru from the system for Russian;
// for Kazakh, which Debian's Qt lacks, a small catalogue of Qt's buttons shipped with Joldama). The choice
// is remembered in QSettings. Widgets retranslate on QEvent::LanguageChange.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject* parent = nullptr);
    ~LanguageSwitcher() override;

    Language language() const { return m_language; }
    enum Keeping { Remember, ForThisStart };
    // Switches, and remembers the choice for the next start unless told it is for this start only (--lang).
    void setLanguage(Language language, Keeping keeping = Remember);
    // The remembered language, or the system's when it is Kazakh or Russian, else English.
    static Language rememberedLanguage();

signals:
    void languageChanged(Language language);

private:
    void install(Language language);

    Language m_language = Language::English;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
