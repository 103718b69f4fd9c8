#pragma once

#include "models/metrics/labels.h"
#include "models/promql/ast.h"
#include "models/promql/seriesnotation.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Wk {

class LocalEngine;
class SeriesStore;
struct QueryResult;

// Runs Prometheus promqltest files ("load", "clear", "eval instant|range", "expect ...")
// against the local engine, the way Prometheus's own test framework runs them: every instant
// eval is also run with @ pinned to other times and as a range query around its time.
// Evals touching native histograms, or functions this engine does not implement, count as
// unsupported, never as passed.
class ConformanceRunner
{
public:
    struct Failure
    {
        int line = 0;
        QString expr;
        QString message;
    };
    struct FileReport
    {
        QString file;
        int passed = 0;
        int failed = 0;
        int unsupported = 0;
        QList<Failure> failures;
        QList<Failure> unsupportedEvals;
    };

    ConformanceRunner();
    ~ConformanceRunner();

    FileReport runFile(const QString &path);
    FileReport runText(const QString &name, const QString &text);

private:
    struct Expect
    {
        enum Kind { Ordered, Fail, Warn, NoWarn, Info, NoInfo } kind;
        QString message; // exact match when regex is empty
        std::optional<QRegularExpression> regex;
        bool matches(const QString &s) const;
        QString describe() const;
    };
    struct ExpectedSeries
    {
        int pos = 0;
        QList<SeriesNotation::Value> values;
    };
    struct Eval
    {
        int line = 0;
        QString expr;
        bool isRange = false;
        qint64 startMs = 0;
        qint64 endMs = 0;
        qint64 stepMs = 0;
        qint64 evalMs = 0;
        bool fail = false, warn = false, ordered = false, info = false;
        QString expectedFailMessage;
        std::optional<QRegularExpression> expectedFailRegex;
        QList<Expect> expects;
        bool expectScalar = false;
        double scalar = 0;
        QHash<Labels, ExpectedSeries> metrics;
        std::optional<QString> expectedString;
        bool excludeFromRangeQuery = false;
        bool usesNativeHistogramNotation = false;
        bool isOrdered() const;
        bool isFail() const;
    };

    void clear();
    QString load(const QStringList &lines, int &i, FileReport &report);
    void runEval(const Eval &ev, FileReport &report);
    QString parseEval(const QStringList &lines, int &i, Eval &ev);

    // The reason an eval cannot be judged by this engine, or empty.
    QString unsupportedReason(const Eval &ev, const Promql::Expr *expr, const QString &parseError);
    QString runInstant(const Eval &ev, const Promql::Expr &expr, qint64 evalMs,
                       const QString &shownExpr);
    QString runRange(const Eval &ev, const Promql::Expr &expr);
    QString checkFailure(const Eval &ev, const QString &error) const;
    QString checkAnnotations(const Eval &ev, const QStringList &annotations) const;
    QString compare(const Eval &ev, const QueryResult &r, qint64 start, qint64 step) const;

    std::unique_ptr<SeriesStore> m_store;
    std::unique_ptr<LocalEngine> m_engine;
    // Series with native histogram samples, and when those samples are; their float samples
    // are loaded, the histogram samples are not.
    struct NativeSeries
    {
        Labels labels;
        std::vector<qint64> histogramTimes;
    };
    void addNativeSeries(const Labels &labels, const std::vector<qint64> &times);
    bool readsNativeHistograms(const Eval &ev, const Promql::Expr &expr) const;
    QList<NativeSeries> m_nativeSeries;
};

} // namespace Wk
