#pragma once

#include "models/config/workspace.h"

#include <QObject>

namespace Wk {

class HttpFetcher;
struct FetchResult;

// "Test connection" of the welcome page and of Settings: fetches a target's URL once, the way
// the collector will poll it (timeout, size cap, token, TLS options), and says in one line what
// it found: "healthy: 4 checks (database, redis, external_apis, system_resources), version
// 1.0.0", "412 series in 37 families", or why not: "unreachable: connection refused".
class FirstRunTester final : public QObject
{
    Q_OBJECT
public:
    explicit FirstRunTester(QObject *parent = nullptr);
    ~FirstRunTester() override;

    // Starts a test and returns its id; finished() follows once, from the event loop.
    int test(const TargetConfig &target);

    // The one-line findings for an answer (public for tests of the wording).
    static QString describe(TargetConfig::Kind kind, const FetchResult &result, bool *ok);

Q_SIGNALS:
    void finished(int id, bool ok, const QString &summary);

private:
    HttpFetcher *m_fetcher; // owned (child)
    int m_nextId = 1;
};

} // namespace Wk
