#pragma once

#include <QObject>

class QLineEdit;

// Makes a box read what a barcode scanner (or a clerk who forgot to switch the layout) types under the
// Kazakh keyboard layout, where the number row gives " ә і ң ғ , . ү ұ қ instead of 1–0 and Latin letters
// come out as Cyrillic ones. The same mapping the code lookup uses (ReferralCode::parseScanned).
class ScannedInput : public QObject
{
    Q_OBJECT

public:
    // A box that takes only digits (an IIN): each key of the number row is read as its digit as it is typed,
    // so the box's validator never refuses a scan.
    static void digits(QLineEdit* edit);
    // A box for a code, an IIN or a name (search, lookup, filters): when Enter ends the text and it reads as
    // a referral code or digits only on the Kazakh keys, the text is replaced by what was printed before
    // the box acts on it. A name stays as typed.
    static void codeOrText(QLineEdit* edit);

    // What codeOrText() makes of a text (tests).
    static QString decode(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Kind { Digits, CodeOrText };
    ScannedInput(QLineEdit* edit, Kind kind);

    QLineEdit* m_edit;
    Kind m_kind;
};
