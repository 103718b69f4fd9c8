#pragma once

#include <QLayout>
#include <QList>

namespace Wk {

// Lays items out left to right, wrapping to a new row when the width runs out (chart legends,
// tile rows). Height follows width through heightForWidth().
class FlowLayout final : public QLayout
{
    Q_OBJECT
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void setSpacing(int spacing) override;
    int spacing() const override { return m_spacing; }

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;

private:
    int doLayout(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items; // owned
    int m_spacing;
};

} // namespace Wk
