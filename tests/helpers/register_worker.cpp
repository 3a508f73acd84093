// A second "workstation" for the concurrency test: opens the same database file in its own process and
// registers referrals as fast as it can, printing each code.
#include "domain/OperationError.h"
#include "services/ReferralService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        QTextStream(stderr) << "usage: register_worker DB IIN HOSPITAL COUNT\n";
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
        for (int i = 0; i < count; ++i) {
            out << workspace->referrals().registerReferral(in).code << '\n';
            out.flush();
        }
    } catch (const OperationError& e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
    return 0;
}
