#include "synthetic_workshop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cstdio>

using namespace Qt::StringLiterals;

// streamboard-genmap STAGES [SEED]: writes the synthetic workshop to standard output.
int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes a synthetic workshop of STAGES stages in the interchange format."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"STAGES"_s, u"How many stages (1 to 1000000)."_s);
    parser.addPositionalArgument(u"SEED"_s, u"The random seed (default 7)."_s, u"[SEED]"_s);
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    bool stagesOk = args.size() == 1 || args.size() == 2;
    const int stages = stagesOk ? args[0].toInt(&stagesOk) : 0;
    bool seedOk = true;
    const quint32 seed = args.size() == 2 ? args[1].toUInt(&seedOk) : 7;
    if (!stagesOk || stages < 1 || stages > 1000000 || !seedOk) {
        std::fputs("usage: streamboard-genmap STAGES [SEED] (STAGES from 1 to 1000000)\n", stderr);
        return 2;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) ||
        out.write(sb::synthetic::interchangeJson(stages, seed)) < 0) {
        std::fputs("streamboard-genmap: cannot write to standard output\n", stderr);
        return 1;
    }
    return 0;
}
