#include "widgets/ScannedInput.h"

#include "domain/ReferralCode.h"

#include <QKeyEvent>
#include <QLineEdit>

ScannedInput::ScannedInput(QLineEdit* edit, Kind kind)
    : QObject(edit)
    , m_edit(edit)
    , m_kind(kind)
{
    edit->installEventFilter(this);
}

void ScannedInput::digits(QLineEdit* edit)
{
    new ScannedInput(edit, Kind::Digits);
}

void ScannedInput::codeOrText(QLineEdit* edit)
{
    new ScannedInput(edit, Kind::CodeOrText);
}

QString ScannedInput::decode(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || ReferralCode::parse(trimmed).isValid())
        return text;
    const ReferralCode code = ReferralCode::parseScanned(trimmed);
    if (code.isValid())
        return code.text();
    // An IIN or part of one: only keys of the number row. A name has other letters (or too few).
    QString digits;
    for (const QChar ch : trimmed) {
        const QChar digit = ch.isDigit() ? ch : ReferralCode::digitOnKazakhKey(ch);
        if (digit.isNull())
            return text;
        digits += digit;
    }
    return digits.size() >= 6 ? digits : text;
}

bool ScannedInput::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut && m_kind == Kind::CodeOrText) {
        // A scan ended with Tab instead of Enter.
        const QString decoded = decode(m_edit->text());
        if (decoded != m_edit->text())
            m_edit->setText(decoded);
    }
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (m_kind == Kind::Digits) {
        const QString text = key->text();
        if (text.size() == 1 && !key->modifiers().testAnyFlags(Qt::ControlModifier | Qt::AltModifier)) {
            const QChar digit = ReferralCode::digitOnKazakhKey(text.at(0));
            if (!digit.isNull()) {
                m_edit->insert(QString(digit));
                return true;
            }
        }
    } else if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString decoded = decode(m_edit->text());
        if (decoded != m_edit->text())
            m_edit->setText(decoded);
    }
    return QObject::eventFilter(watched, event);
}
