#pragma once

#include "domain/AbroadStatus.h"
#include "domain/Language.h"
#include "domain/ReferralStatus.h"

#include <QString>

#include <memory>

class QTranslator;

// The language of one printout, chosen per print and independent of the interface: its own translator
// over the catalogues compiled into the core, never installed in the application, so printing a Kazakh
// ticket from a Russian screen changes nothing on screen.
//
// Printout texts are marked QT_TRANSLATE_NOOP("Printout", "…") and read through text(). Labels the
// domain already translates for the screen (CareTerms, ReferralStatuses, AbroadStatuses) are looked up here in their
// own context with the same English source, so one translation serves both; tst_printing checks that
// these sources still match the domain's.
class PrintLanguage
{
public:
    explicit PrintLanguage(Language language);
    ~PrintLanguage();
    PrintLanguage(PrintLanguage&&) noexcept;
    PrintLanguage& operator=(PrintLanguage&&) noexcept;

    Language language() const { return m_language; }
    QString code() const { return Languages::code(m_language); }

    // A text of the "Printout" context; the English source when the catalogue has no translation.
    QString text(const char* source) const;
    QString translate(const char* context, const char* source) const;

    QString fundingLabel(const QString& code) const;
    QString purposeLabel(const QString& code) const;
    QString careFormLabel(const QString& code) const;
    QString sexLabel(const QString& code) const;
    QString yesNo(bool value) const;
    QString statusLabel(ReferralStatus status) const;
    QString statusLabelForCode(const QString& code) const;
    QString abroadStatusLabel(AbroadStatus status) const;

    // The name in this language from a kk/ru/en triple (falls back as Languages::pick does).
    QString pick(const QString& kk, const QString& ru, const QString& en) const
    {
        return Languages::pick(m_language, kk, ru, en);
    }

private:
    Language m_language;
    std::unique_ptr<QTranslator> m_translator;
};
