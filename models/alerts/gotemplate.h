#pragma once

#include "templatefunctions.h"
#include "templatevalue.h"

#include "models/core/result.h"

#include <QString>

#include <memory>

namespace Wk {

// Go's text/template language as Prometheus uses it in alert labels and annotations:
// {{ pipeline }}, variables ($x := ..., $x = ...), fields (.Labels.job, $labels.job),
// if / else if / else, with, range over maps and lists, comments, trim markers ({{- -}}), pipes
// into functions and parenthesised pipelines, with Prometheus's missingkey=zero option (a
// missing label is ""). Parse errors and execution errors read as Go writes them, e.g.
// `template: __alert_X:1: function "foo" not defined`.
class GoTemplate
{
public:
    struct Node;

    static Result<GoTemplate> parse(const QString &text, const QString &name);

    // Runs the template on dot; the first error stops it.
    Result<QString> execute(const TemplateValue &dot, const TemplateEnvironment &env = {}) const;

    const QString &name() const { return m_name; }
    const QString &text() const { return m_text; }

private:
    GoTemplate() = default;

    QString m_name;
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace Wk
