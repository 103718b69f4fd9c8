#include "widgets/matchereditor.h"

#include "widgets/thememanager.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace Wk {

namespace {

const QList<LabelMatcher::Op> &ops()
{
    static const QList<LabelMatcher::Op> list{LabelMatcher::Op::Equal, LabelMatcher::Op::NotEqual,
                                              LabelMatcher::Op::RegexMatch,
                                              LabelMatcher::Op::RegexNoMatch};
    return list;
}

QString opTip(LabelMatcher::Op op)
{
    switch (op) {
    case LabelMatcher::Op::Equal:
        return MatcherEditor::tr("equals");
    case LabelMatcher::Op::NotEqual:
        return MatcherEditor::tr("does not equal");
    case LabelMatcher::Op::RegexMatch:
        return MatcherEditor::tr("matches the regular expression");
    case LabelMatcher::Op::RegexNoMatch:
        return MatcherEditor::tr("does not match the regular expression");
    }
    return {};
}

} // namespace

MatcherEditor::MatcherEditor(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Matchers"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    m_add = new QPushButton(tr("&Add matcher"), this);
    m_add->setToolTip(tr("Add a matcher row (label name, operator, value)"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    layout->addLayout(addRow);
    connect(m_add, &QPushButton::clicked, this, &MatcherEditor::addRow);
}

MatcherEditor::~MatcherEditor() = default;

void MatcherEditor::setMatchers(const LabelMatchers &matchers)
{
    while (!m_rows.isEmpty()) {
        delete m_rows.takeLast().widget;
    }
    for (const LabelMatcher &m : matchers)
        appendRow(m);
    if (m_rows.isEmpty())
        appendRow(LabelMatcher());
    renumber();
    Q_EMIT changed();
}

void MatcherEditor::addRow()
{
    appendRow(LabelMatcher());
    renumber();
    m_rows.last().name->setFocus();
    Q_EMIT changed();
}

void MatcherEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row r = m_rows.takeAt(row);
    r.widget->deleteLater();
    r.widget->hide();
    renumber();
    if (!m_rows.isEmpty())
        m_rows[qMin(row, int(m_rows.size()) - 1)].name->setFocus();
    else
        m_add->setFocus();
    Q_EMIT changed();
}

void MatcherEditor::appendRow(const LabelMatcher &matcher)
{
    Row r;
    r.widget = new QWidget(this);
    auto *h = new QHBoxLayout(r.widget);
    h->setContentsMargins(0, 0, 0, 0);
    r.name = new QLineEdit(matcher.name(), r.widget);
    r.name->setPlaceholderText(tr("label"));
    r.op = new QComboBox(r.widget);
    for (const LabelMatcher::Op op : ops()) {
        r.op->addItem(LabelMatcher::opString(op), int(op));
        r.op->setItemData(r.op->count() - 1, opTip(op), Qt::ToolTipRole);
    }
    r.op->setCurrentIndex(int(ops().indexOf(matcher.op())));
    r.value = new QLineEdit(matcher.value(), r.widget);
    r.value->setPlaceholderText(tr("value"));
    r.remove = new QToolButton(r.widget);
    r.remove->setText(QStringLiteral("\u2715"));
    r.remove->setAutoRaise(true);
    h->addWidget(r.name, 2);
    h->addWidget(r.op);
    h->addWidget(r.value, 3);
    h->addWidget(r.remove);
    m_rowsLayout->addWidget(r.widget);

    QWidget *rowWidget = r.widget;
    const auto indexOfRow = [this, rowWidget] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].widget == rowWidget)
                return i;
        }
        return -1;
    };
    connect(r.remove, &QToolButton::clicked, this, [this, indexOfRow] { removeRow(indexOfRow()); });
    connect(r.name, &QLineEdit::textChanged, this, &MatcherEditor::changed);
    connect(r.value, &QLineEdit::textChanged, this, &MatcherEditor::changed);
    connect(r.op, &QComboBox::currentIndexChanged, this, &MatcherEditor::changed);
    m_rows << r;
}

void MatcherEditor::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        const int n = i + 1;
        r.name->setAccessibleName(tr("Matcher %1 label name").arg(n));
        r.op->setAccessibleName(tr("Matcher %1 operator").arg(n));
        r.op->setToolTip(tr("= equals, != does not equal, =~ matches the regular expression, !~ "
                            "does not match it"));
        r.value->setAccessibleName(tr("Matcher %1 value").arg(n));
        r.remove->setToolTip(tr("Remove matcher %1").arg(n));
        r.remove->setAccessibleName(tr("Remove matcher %1").arg(n));
        // Tab order follows the rows, then the add button.
        if (i > 0)
            setTabOrder(m_rows[i - 1].remove, r.name);
        setTabOrder(r.name, r.op);
        setTabOrder(r.op, r.value);
        setTabOrder(r.value, r.remove);
    }
    if (!m_rows.isEmpty())
        setTabOrder(m_rows.last().remove, m_add);
}

LabelMatcher::Op MatcherEditor::opAt(const Row &row)
{
    return LabelMatcher::Op(row.op->currentData().toInt());
}

LabelMatchers MatcherEditor::matchers() const
{
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    LabelMatchers out;
    for (const Row &r : m_rows) {
        const QString name = r.name->text().trimmed();
        if (name.isEmpty() || !labelName.match(name).hasMatch())
            continue;
        LabelMatcher m(name, opAt(r), r.value->text());
        if (m.isValid())
            out << m;
    }
    return out;
}

QStringList MatcherEditor::errors() const
{
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    QStringList out;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        const QString name = r.name->text().trimmed();
        const QString value = r.value->text();
        if (name.isEmpty() && value.isEmpty())
            continue; // an empty row is left out, not an error
        const LabelMatcher m(name, opAt(r), value);
        if (name.isEmpty()) {
            out << tr("matcher %1 (%2): a label name is required").arg(i + 1).arg(m.toString());
            continue;
        }
        if (!labelName.match(name).hasMatch()) {
            out << tr("matcher %1 (%2): \"%3\" is not a label name (letters, digits and _, not "
                      "starting with a digit)")
                       .arg(i + 1)
                       .arg(m.toString(), name);
            continue;
        }
        if (!m.error().isEmpty())
            out << tr("matcher %1 (%2): %3").arg(i + 1).arg(m.toString(), m.error());
    }
    return out;
}

QLineEdit *MatcherEditor::nameEdit(int row) const
{
    return m_rows.value(row).name;
}

QComboBox *MatcherEditor::operatorCombo(int row) const
{
    return m_rows.value(row).op;
}

QLineEdit *MatcherEditor::valueEdit(int row) const
{
    return m_rows.value(row).value;
}

QToolButton *MatcherEditor::removeButton(int row) const
{
    return m_rows.value(row).remove;
}

} // namespace Wk
