#include "models/incidents/incidentdemo.h"
#include "models/incidents/incidentrepository.h"
#include "widgets/incidentpdfexport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

class TestIncidentPdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoReviewAsPdf()
    {
        const qint64 now = 1'700'000'000'000 + 3 * 24 * 3'600'000LL;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("incidents.db"));
        qint64 id = 0;
        {
            ManualClock clock(now);
            IncidentRepository::Options options;
            options.location = db;
            auto repo = IncidentRepository::open(options, &clock);
            QVERIFY(repo);
            id = IncidentDemo::populate(repo.value().get(), now);
            QVERIFY(id > 0);
        }
        const QString file = dir.filePath(QStringLiteral("review.pdf"));
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(exportIncidentPdf(id, db, file, out, err), 0);
        out.flush();
        QVERIFY(outText.contains(QStringLiteral("review.pdf")));
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY2(bytes.size() > 10'000, QByteArray::number(bytes.size()));
        QFile::remove(QStringLiteral("/tmp/incident-review.pdf"));
        QFile::copy(file, QStringLiteral("/tmp/incident-review.pdf"));

        err.flush();
        QCOMPARE(exportIncidentPdf(999, db, file, out, err), 1);
        err.flush();
        QVERIFY(errText.contains(QStringLiteral("no incident 999")));
        QVERIFY(
            writeIncidentPdf(Incident(), now, dir.filePath(QStringLiteral("no/such/dir/x.pdf"))));
    }
};

QTEST_MAIN(TestIncidentPdf)
#include "tst_incidentpdf.moc"
