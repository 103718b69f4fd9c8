#include "models/incidents/incidentcli.h"
#include "models/incidents/incidentrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

class TestIncidentCli : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const IncidentPdfWriter &pdf = {})
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.code = runIncidentCommand(args, m_path, out, err, pdf);
        out.flush();
        err.flush();
        return r;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cli-%1.db").arg(++m_n));
    }

    void openMoveNoteListExport()
    {
        Run r = run({"open", "--title", "Payments failing", "--severity", "P2", "--commander",
                     "alice", "--as", "alice"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("Opened incident 1 (P2 High): Payments failing\n"));

        r = run({"move", "1", "response", "--as", "bob"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("Incident 1 is now in Response\n"));
        r = run({"note", "INC-1", "gateway", "returns", "502", "--as", "bob"});
        QCOMPARE(r.code, 0);

        r = run({"list"});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("ID    SEV STAGE")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("1     P2  response")));
        QVERIFY(lines.at(1).endsWith(QStringLiteral("alice         Payments failing")));

        r = run({"list", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const Incident inc = Incident::fromJson(array.first().toObject());
        QCOMPARE(inc.stage, IncidentStage::Response);
        QCOMPARE(inc.commander, QStringLiteral("alice"));
        QCOMPARE(inc.timeline.last().text, QStringLiteral("gateway returns 502"));
        QCOMPARE(inc.timeline.last().who, QStringLiteral("bob"));

        const QString md = m_dir.filePath(QStringLiteral("review.md"));
        r = run({"export", "1", "--markdown", md});
        QCOMPARE(r.code, 0);
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(
            QStringLiteral("# Post-incident review: INC-1 \u2014 Payments failing")));
        QVERIFY(text.contains(QStringLiteral("gateway returns 502")));

        r = run({"export", "1", "--markdown", "-"});
        QCOMPARE(r.out, text);
    }

    void pdfGoesToTheWriterGiven()
    {
        QCOMPARE(run({"open", "--title", "x", "--severity", "4"}).code, 0);
        Run r = run({"export", "1", "--pdf", "out.pdf"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("PDF")));
        QString wrote;
        r = run({"export", "1", "--pdf", "out.pdf"},
                [&](const Incident &inc, qint64, const QString &file) -> std::optional<Error> {
                    wrote = QStringLiteral("%1 %2").arg(inc.id).arg(file);
                    return std::nullopt;
                });
        QCOMPARE(r.code, 0);
        QCOMPARE(wrote, QStringLiteral("1 out.pdf"));
    }

    void mistakes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << "which command";
        QTest::newRow("unknown command") << QStringList{"explode"} << 2 << "unknown command";
        QTest::newRow("open without title")
            << QStringList{"open", "--severity", "P1"} << 2 << "--title is required";
        QTest::newRow("open with a bad severity")
            << QStringList{"open", "--title", "x", "--severity", "P9"} << 2 << "not P1, P2";
        QTest::newRow("option without value")
            << QStringList{"open", "--title"} << 2 << "missing its value";
        QTest::newRow("move to no stage")
            << QStringList{"move", "1", "triage"} << 2 << "\"triage\" is not a stage";
        QTest::newRow("bad id") << QStringList{"note", "abc", "x"} << 2 << "positive number";
        QTest::newRow("unknown incident")
            << QStringList{"move", "42", "closed"} << 1 << "there is no incident 42";
        QTest::newRow("empty note") << QStringList{"note", "1"} << 2 << "the note is empty";
        QTest::newRow("export both formats")
            << QStringList{"export", "1", "--markdown", "a", "--pdf", "b"} << 2 << "one of";
    }
    void mistakes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unreachableDatabaseFails()
    {
        QTextStream out(stdout);
        QString errText;
        QTextStream err(&errText);
        const int code = runIncidentCommand({"list"}, m_dir.path(), out, err);
        err.flush();
        QCOMPARE(code, 1);
        QVERIFY2(errText.contains(QStringLiteral("cannot open database")), qPrintable(errText));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestIncidentCli)
#include "tst_incidentcli.moc"
