#include "UidSource.h"

#include <QDateTime>
#include <QRandomGenerator>

QString UidSource::next()
{
    constexpr qsizetype block = 4096;
    constexpr qsizetype perId = 10; // 2 bytes for the counter's start, 8 random
    if (m_random.size() - m_used < perId) {
        m_random.resize(block);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_random.data()), block / 4);
        m_used = 0;
    }
    const auto* random = reinterpret_cast<const uchar*>(m_random.constData() + m_used);
    m_used += perId;

    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms <= m_lastMs) {
        // The same millisecond (or a clock set back): count on, so the order still follows creation.
        ms = m_lastMs;
        if (++m_counter > 0x0FFF) {
            ++ms;
            m_counter = 0;
        }
    } else {
        m_counter = quint16((random[0] << 8 | random[1]) & 0x07FF); // room to count up in the millisecond
    }
    m_lastMs = ms;

    uchar bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = uchar(ms >> (8 * (5 - i)));
    bytes[6] = uchar(0x70 | (m_counter >> 8));
    bytes[7] = uchar(m_counter);
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = random[2 + i];
    bytes[8] = uchar(0x80 | (bytes[8] & 0x3F)); // the RFC variant

    static const char hex[] = "0123456789abcdef";
    QString text(36, Qt::Uninitialized);
    QChar* out = text.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = QLatin1Char('-');
        *out++ = QLatin1Char(hex[bytes[i] >> 4]);
        *out++ = QLatin1Char(hex[bytes[i] & 0x0F]);
    }
    return text;
}
