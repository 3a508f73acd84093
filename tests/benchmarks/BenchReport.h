#pragma once

// What the benchmark's two modes share: samples and their medians, the table's rows, and --only.

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <functional>

inline QTextStream out(stdout);

struct Stats
{
    double median = 0;
    double p95 = 0;
};

inline Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return {};
    return {samples.at(samples.size() / 2),
            samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(samples.size() * 0.95)))};
}

inline double elapsedMs(const std::function<void()>& work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

struct Row
{
    QString operation;
    QString unit;
    Stats joldama;
    Stats raw;
    bool higherIsBetter = false;
    QString target;
};

inline QList<Row> results;

// --only TEXT measures just the operations whose name contains TEXT (to profile one of them).
inline QString onlyOperations;
inline bool wanted(const QString& operation)
{
    return onlyOperations.isEmpty() || operation.contains(onlyOperations, Qt::CaseInsensitive);
}

inline void report(const Row& row)
{
    results << row;
    const double ratio = row.higherIsBetter ? (row.raw.median > 0 ? row.joldama.median / row.raw.median : 0)
                                            : (row.raw.median > 0 ? row.joldama.median / row.raw.median : 0);
    out << QStringLiteral("| %1 | %2 %3 | %4 %3 | %5 %3 | %6 %3 | %7 | %8 |\n")
               .arg(row.operation)
               .arg(row.joldama.median, 0, 'f', row.joldama.median < 1 ? 3 : 2)
               .arg(row.unit)
               .arg(row.joldama.p95, 0, 'f', row.joldama.p95 < 1 ? 3 : 2)
               .arg(row.raw.median, 0, 'f', row.raw.median < 1 ? 3 : 2)
               .arg(row.raw.p95, 0, 'f', row.raw.p95 < 1 ? 3 : 2)
               .arg(row.raw.median > 0 ? QString::number(ratio, 'f', 2) : QStringLiteral("—"))
               .arg(row.target);
    out.flush();
}

inline void compare(const QString& name, int iterations, const std::function<void(int)>& joldama,
                    const std::function<void(int)>& raw, const QString& target)
{
    if (!wanted(name))
        return;
    // Warm both paths on every sample first: the first to read a row would otherwise pay the disk for
    // both (the raw connection has its own page cache but shares the system's). Then alternate.
    for (int i = 0; i <= iterations; ++i) {
        joldama(i);
        raw(i);
    }
    QList<double> a, b;
    for (int i = 1; i <= iterations; ++i) {
        a << elapsedMs([&] { joldama(i); });
        b << elapsedMs([&] { raw(i); });
    }
    report({name, QStringLiteral("ms"), stats(a), stats(b), false, target});
}
