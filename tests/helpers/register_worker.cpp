// A second "workstation" for the concurrency test: opens the same database file in its own process and
// registers referrals as fast as it can (or with a pause between them), printing each code.
#include "domain/OperationError.h"
#include "services/ReferralService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5 && args.size() != 6) {
        QTextStream(stderr) << "usage: register_worker DB IIN HOSPITAL COUNT [PAUSE_MS]\n";
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
        // One patient registered again and again: each referral past the first says why.
        in.secondReferralReason = QStringLiteral("concurrency test");
        const int count = args.at(4).toInt();
        // A clerk's pace rather than a tight loop: SQLite's busy handler is not a queue, and a writer that takes the
        // lock again the instant it lets go can keep another process waiting past its timeout.
        const int pauseMs = args.size() == 6 ? args.at(5).toInt() : 0;
        for (int i = 0; i < count; ++i) {
            out << workspace->referrals().registerReferral(in).code << '\n';
            out.flush();
            if (pauseMs > 0)
                QThread::msleep(pauseMs);
        }
    } catch (const OperationError& e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
    return 0;
}
