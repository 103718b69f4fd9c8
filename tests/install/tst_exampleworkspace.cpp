// The example workspace the package installs (packaging/examples/workspace.yml) loads, polls
// the health and metrics endpoints of a service on localhost:8080, and names the default rule
// file where the package puts it.

#include "models/config/workspace.h"

#include <QTest>

using namespace Wk;

class TstExampleWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void loads();
    void targets_data();
    void targets();
    void rulesAreTheShippedDefaults();
};

namespace {

const QString ExamplePath = QStringLiteral(WK_SOURCE_DIR "/packaging/examples/workspace.yml");

Workspace example()
{
    auto ws = WorkspaceLoader::loadFile(ExamplePath);
    return ws ? ws.value() : Workspace{};
}

} // namespace

void TstExampleWorkspace::loads()
{
    const auto ws = WorkspaceLoader::loadFile(ExamplePath);
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().toString()));
    QCOMPARE(ws.value().targets.size(), 2);
}

void TstExampleWorkspace::targets_data()
{
    QTest::addColumn<TargetConfig::Kind>("kind");
    QTest::addColumn<QUrl>("url");
    QTest::newRow("health endpoint")
        << TargetConfig::Kind::Health
        << QUrl(QStringLiteral("http://localhost:8080/api/health/detailed"));
    QTest::newRow("metrics endpoint")
        << TargetConfig::Kind::Metrics << QUrl(QStringLiteral("http://localhost:8080/metrics"));
}

void TstExampleWorkspace::targets()
{
    QFETCH(TargetConfig::Kind, kind);
    QFETCH(QUrl, url);
    const Workspace ws = example();
    const auto found = std::find_if(ws.targets.cbegin(), ws.targets.cend(),
                                    [&](const TargetConfig &t) { return t.kind == kind; });
    QVERIFY2(found != ws.targets.cend(), "no target of this kind");
    QCOMPARE(found->url, url);
}

void TstExampleWorkspace::rulesAreTheShippedDefaults()
{
    // Packaging.cmake installs resources/rules/service.rules.yml to this path.
    QCOMPARE(example().ruleFiles,
             QStringList{QStringLiteral("/usr/share/watchkeeper/rules/service.rules.yml")});
    QVERIFY(QFile::exists(QStringLiteral(WK_SOURCE_DIR "/resources/rules/service.rules.yml")));
}

QTEST_GUILESS_MAIN(TstExampleWorkspace)
#include "tst_exampleworkspace.moc"
