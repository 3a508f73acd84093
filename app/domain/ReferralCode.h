#pragma once

#include <QCoreApplication>
#include <QString>

// The referral (hospitalization) code, RR.MMMM.PPP.N: the KATO region of the referring organization,
// the receiving hospital's 4-character code, the bed-profile code (3 characters, or 2 as in "DH"), and
// the sequence number within that hospital × profile queue in upper-case base 36.
class ReferralCode
{
    Q_DECLARE_TR_FUNCTIONS(ReferralCode)

public:
    static ReferralCode parse(const QString& text); // trims, upper-cases Latin letters
    // A code read by a barcode or QR scanner, which types like a keyboard: under the Kazakh layout the
    // number row gives " ә і ң ғ , . ү ұ қ instead of 1–0 and Latin letters come out as Cyrillic ones
    // (the Russian layout gives the same letters); the keys are mapped back to what was printed.
    static ReferralCode parseScanned(const QString& text);
    // The digit on a key of the Kazakh layout's number row (" ә і ң ғ , . ү ұ қ → 1 … 0), or a null QChar.
    static QChar digitOnKazakhKey(QChar ch);
    static ReferralCode make(const QString& region, const QString& hospital, const QString& profile, qint64 sequence);

    bool isValid() const { return m_valid; }
    QString text() const { return m_text; }
    QString region() const { return m_region; }
    QString hospital() const { return m_hospital; }
    QString profile() const { return m_profile; }
    qint64 sequence() const { return m_sequence; }
    // Why the text is not a referral code, for the clerk.
    QString problemText() const;

    static QString toBase36(qint64 value);
    static qint64 fromBase36(const QString& text, bool* ok = nullptr);

private:
    QString m_text;
    QString m_region;
    QString m_hospital;
    QString m_profile;
    qint64 m_sequence = 0;
    bool m_valid = false;
};
