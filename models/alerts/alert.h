#pragma once

#include "models/metrics/labels.h"

#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Wk {

// One alert of an alerting rule: the rule's output for one label set, through the states
// Prometheus gives it. Pending until the rule's `for` has passed, then firing; resolved
// (inactive, with resolvedAt) once the condition is gone, and kept for 15 minutes after that.
struct Alert
{
    enum class State { Inactive, Pending, Firing };

    quint64 id = 0; // fingerprint of the labels: the same alert has the same id across evaluations
    QString ruleName;
    QString groupName;
    State state = State::Inactive;
    Labels labels; // alertname, the expression's labels and the rule's labels (templated)
    QMap<QString, QString> annotations;
    double value = 0; // the expression's value at the last evaluation that returned it
    qint64 activeAtMs = 0;
    std::optional<qint64> firedAtMs;
    std::optional<qint64> resolvedAtMs;
    std::optional<qint64> keepFiringSinceMs;
    qint64 lastEvaluatedMs = 0;

    bool isResolved() const { return resolvedAtMs.has_value(); }
    QString stateName() const { return stateName(state); }
    QString alertName() const { return labels.value(u"alertname"); }
    QString severity() const { return labels.value(u"severity"); }

    // The fingerprint as 16 lower-case hex digits, as Alertmanager writes it.
    static QString fingerprintToString(quint64 fingerprint);
    // 1 to 16 hex digits; nothing when the text is not one.
    static std::optional<quint64> fingerprintFromString(QStringView text);

    // "inactive", "pending", "firing", as Prometheus names them.
    static QString stateName(State state);
    // A stable 64-bit fingerprint of a label set (FNV-1a over names and values).
    static quint64 fingerprint(const Labels &labels);
};

} // namespace Wk

Q_DECLARE_METATYPE(Wk::Alert)
