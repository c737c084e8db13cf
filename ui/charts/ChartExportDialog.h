#pragma once

#include "ChartExporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

// Asks the size and resolution of an exported chart: presets for the screen, a slide and print
// (300 dpi), or any size; says what the physical size will be.
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChartExportDialog(QWidget* parent = nullptr);

    ChartExporter::Options options() const;

private:
    void applyPreset(int index);
    void describe();

    QComboBox* m_preset;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QSpinBox* m_dpi;
    QLabel* m_physical;
};
