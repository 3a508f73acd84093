#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The time every service reads. Tests and the demo generator pass a fixed clock, so waiting lists and
// preliminary dates can be checked against known days.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const; // local time of the workstation
    QDate today() const { return now().date(); }
    // Stored form of an instant: UTC, ISO 8601 with milliseconds, so text order is time order.
    QString nowStamp() const { return stamp(now()); }

    static QString stamp(const QDateTime& time);
    static QDateTime fromStamp(const QString& text); // back to local time
    // "yyyy-MM-dd", as QDate::toString(Qt::ISODate) writes it (empty for an invalid date).
    static QString dateText(const QDate& date);
    static QDate dateFromText(const QString& text) { return QDate::fromString(text.left(10), Qt::ISODate); }

    static const Clock& system();
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
