// promqltest: runs Prometheus promqltest files against the local PromQL engine.
// Usage: promqltest [--verbose] FILE|DIR...   (a directory stands for its *.test files)
// Prints "FILE: passed N, failed N, unsupported N" per file and every failure; exits non-zero
// when any supported eval failed.

#include "conformancerunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    QTextStream out(stdout);
    if (args.isEmpty()) {
        out << "usage: promqltest [--verbose] FILE|DIR...\n";
        return 2;
    }
    QStringList files;
    for (const QString &a : std::as_const(args)) {
        const QFileInfo info(a);
        if (info.isDir()) {
            const QDir dir(a);
            for (const QString &f :
                 dir.entryList({QStringLiteral("*.test")}, QDir::Files, QDir::Name))
                files << dir.filePath(f);
        } else {
            files << a;
        }
    }
    int passed = 0, failed = 0, unsupported = 0;
    Wk::ConformanceRunner runner;
    for (const QString &f : std::as_const(files)) {
        const Wk::ConformanceRunner::FileReport r = runner.runFile(f);
        out << QFileInfo(f).fileName() << ": passed " << r.passed << ", failed " << r.failed
            << ", unsupported " << r.unsupported << "\n";
        for (const auto &fail : r.failures) {
            out << "  FAIL line " << fail.line << ": " << fail.expr << "\n    " << fail.message
                << "\n";
        }
        if (verbose) {
            for (const auto &u : r.unsupportedEvals)
                out << "  unsupported line " << u.line << ": " << u.expr << " (" << u.message
                    << ")\n";
        }
        passed += r.passed;
        failed += r.failed;
        unsupported += r.unsupported;
    }
    out << "TOTAL: passed " << passed << ", failed " << failed << ", unsupported " << unsupported
        << "\n";
    out.flush();
    return failed > 0 ? 1 : 0;
}
