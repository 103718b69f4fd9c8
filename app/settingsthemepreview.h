#pragma once

#include "widgets/theme.h"

#include <QAbstractButton>

namespace Wk {

// A small picture of a dashboard in one theme (background, two tiles with a status word and a
// sparkline), checkable so a pair of them works as the theme choice, by mouse or keyboard.
class SettingsThemePreview final : public QAbstractButton
{
    Q_OBJECT
public:
    SettingsThemePreview(const Theme &theme, const QString &caption, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Theme m_theme;
};

} // namespace Wk
