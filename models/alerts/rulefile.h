#pragma once

#include "models/core/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Wk {

// One rule of a Prometheus rule file: an alerting rule (alert) or a recording rule (record).
struct Rule
{
    enum class Kind { Alerting, Recording };

    Kind kind = Kind::Alerting;
    QString name; // the alert name or the recorded metric name
    QString expr;
    qint64 forMs = 0;
    qint64 keepFiringForMs = 0;
    QMap<QString, QString> labels;      // templates for alerting rules
    QMap<QString, QString> annotations; // alerting rules only
    TextPosition pos;                   // where the rule starts in its file
    TextPosition exprPos;

    bool isAlerting() const { return kind == Kind::Alerting; }
};

// A group of rules evaluated together, in order, at one interval.
struct RuleGroup
{
    QString name;
    qint64 intervalMs = 0; // 0: the evaluator's default interval
    int limit = 0;         // most alerts (or recorded series) per rule; 0: no limit
    QList<Rule> rules;
    QString file;
    TextPosition pos;
};

struct RuleFile
{
    QString path;
    QList<RuleGroup> groups;
};

} // namespace Wk
