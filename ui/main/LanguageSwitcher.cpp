#include "main/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace {
const QString settingsKey = QStringLiteral("ui/language");
}

LanguageSwitcher::LanguageSwitcher(QObject* parent)
    : QObject(parent)
{}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

Language LanguageSwitcher::rememberedLanguage()
{
    QSettings settings;
    const QString stored = settings.value(settingsKey).toString();
    if (!stored.isEmpty())
        return Languages::fromCode(stored);
    const QLocale::Language system = QLocale::system().language();
    if (system == QLocale::Kazakh)
        return Language::Kazakh;
    if (system == QLocale::Russian)
        return Language::Russian;
    return Language::English;
}

void LanguageSwitcher::setLanguage(Language language, Keeping keeping)
{
    install(language);
    if (keeping == Remember)
        QSettings().setValue(settingsKey, Languages::code(language));
    emit languageChanged(language);
}

void LanguageSwitcher::install(Language language)
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    m_language = language;
    // Dates and numbers in widgets follow the language; our own date texts use DisplayFormat.
    QLocale::setDefault(QLocale(language == Language::Kazakh    ? QLocale::Kazakh
                                : language == Language::Russian ? QLocale::Russian
                                                                : QLocale::English,
                                language == Language::English ? QLocale::UnitedKingdom : QLocale::Kazakhstan));
    const QString code = Languages::code(language);
    auto app = std::make_unique<QTranslator>();
    // English needs a catalogue too: it carries the plural forms ("1 referral", "2 referrals").
    if (app->load(QStringLiteral(":/i18n/joldama_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    if (language == Language::English)
        return;
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded = language == Language::Russian ? qt->load(QStringLiteral("qtbase_ru"),
                                                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                                                        : qt->load(QStringLiteral(":/i18n/qt_kk.qm"));
    if (qtLoaded) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
}
