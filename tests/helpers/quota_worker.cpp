// A workstation for the quota race test: opens the same database file in its own process, waits for the
// agreed moment so that it and its rival start together, then registers HTMC-funded referrals. Each attempt
// prints one line: "taken CODE MS" or "refused MS MESSAGE", MS being the moment the attempt started.
#include "domain/OperationError.h"
#include "services/ReferralService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QThread>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        QTextStream(stderr) << "usage: quota_worker DB IIN HOSPITAL QUOTA_PROFILE COUNT START_AT_MS\n";
        return 2;
    }
    QTextStream out(stdout);
    try {
        auto workspace = Workspace::open(DatabaseLocation::fromArgument(args.at(1)));
        ReferralService::Registration in;
        in.iin = args.at(2);
        in.hospitalCode = args.at(3);
        in.profileCode = QStringLiteral("CAR");
        in.diagnosisCode = QStringLiteral("I25.1");
        in.funding = QStringLiteral("htmc");
        in.quotaProfile = args.at(4);
        // The race is for quotas: the same patient is registered again and again on purpose.
        in.secondReferralReason = QStringLiteral("quota race test");
        const int count = args.at(5).toInt();
        const qint64 startAt = args.at(6).toLongLong();
        while (QDateTime::currentMSecsSinceEpoch() < startAt)
            QThread::usleep(200);
        for (int i = 0; i < count; ++i) {
            const qint64 started = QDateTime::currentMSecsSinceEpoch();
            try {
                const QString code = workspace->referrals().registerReferral(in).code;
                out << "taken " << code << ' ' << started << '\n';
            } catch (const OperationError& e) {
                if (e.field() != QLatin1String("quota"))
                    throw;
                out << "refused " << started << ' ' << e.message() << '\n';
            }
            out.flush();
        }
    } catch (const OperationError& e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
    return 0;
}
