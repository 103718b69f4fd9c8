// `watchkeeper report` as a manager runs it: headless, the demo's week as a PDF, in the
// language asked for; a bad dashboard or range is refused with a message and exit status 2.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestReportCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

    static QString program()
    {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/watchkeeper");
    }

    int run(const QStringList &args, QString *out, QString *err)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command chooses offscreen itself
        p.setProcessEnvironment(env);
        p.start(program(), QStringList{QStringLiteral("report")} + args);
        if (!p.waitForFinished(120'000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

private Q_SLOTS:
    void germanWeekAsPdf()
    {
        QVERIFY2(QFile::exists(program()), qPrintable(program()));
        const QString pdf = m_home.filePath(QStringLiteral("woche.pdf"));
        QString out, err;
        const int status =
            run({QStringLiteral("--demo"), QStringLiteral("--dashboard"),
                 QStringLiteral("executive"), QStringLiteral("--range"), QStringLiteral("7d"),
                 QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"), QStringLiteral("de")},
                &out, &err);
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("geschrieben")), qPrintable(out));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.size() > 20'000, qPrintable(QString::number(bytes.size())));
        QVERIFY(bytes.contains("/Type /Page") || bytes.contains("/Type/Page"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown dashboard")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--dashboard"),
                           QStringLiteral("nope"), QStringLiteral("--pdf"), QStringLiteral("x.pdf")}
            << QStringLiteral("nope");
        QTest::newRow("bad range")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--range"),
                           QStringLiteral("a week"), QStringLiteral("--pdf"),
                           QStringLiteral("x.pdf")}
            << QStringLiteral("a week");
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QString out, err;
        const int status = run(args, &out, &err);
        QVERIFY2(status == 2, qPrintable(out));
        QVERIFY2(err.contains(message), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
