#pragma once

#include "models/metrics/labelmatcher.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Wk {

// Rows of label matchers as Alertmanager silences have them: name, operator (=, !=, =~, !~) and
// value, with a remove button per row and an "Add matcher" button. Each problem is named by the
// row it is in ("matcher 2 (instance=~\"db[\"): invalid regular expression ...").
class MatcherEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit MatcherEditor(QWidget *parent = nullptr);
    ~MatcherEditor() override;

    void setMatchers(const LabelMatchers &matchers);
    // The rows that are complete and valid; empty rows are left out.
    LabelMatchers matchers() const;
    // One line per row in error; empty when every row is fine.
    QStringList errors() const;
    int rowCount() const { return int(m_rows.size()); }

    // Appends an empty row and focuses its name.
    void addRow();
    void removeRow(int row);
    // Row widgets, for tests.
    QLineEdit *nameEdit(int row) const;
    QComboBox *operatorCombo(int row) const;
    QLineEdit *valueEdit(int row) const;
    QToolButton *removeButton(int row) const;

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLineEdit *name = nullptr;
        QComboBox *op = nullptr;
        QLineEdit *value = nullptr;
        QToolButton *remove = nullptr;
    };

    void appendRow(const LabelMatcher &matcher);
    void renumber();
    static LabelMatcher::Op opAt(const Row &row);

    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QList<Row> m_rows;
};

} // namespace Wk
