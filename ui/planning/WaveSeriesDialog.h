#pragma once

#include "planning/WaveSeries.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;

// Asks for a series of waves (monthly, quarterly, weekly or every N days from a date, how many)
// and shows the waves it will create before anything is written.
class WaveSeriesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WaveSeriesDialog(QWidget* parent = nullptr);

    void setStart(const QDate& start);
    std::vector<WaveSeries::Wave> waves() const;

    QComboBox* frequencyCombo() const { return m_frequency; }
    QSpinBox* countSpin() const { return m_count; }
    QListWidget* previewList() const { return m_preview; }

private:
    WaveSeries series() const;
    void updatePreview();

    QComboBox* m_frequency;
    QDateEdit* m_start;
    QSpinBox* m_count;
    QSpinBox* m_days;
    QLabel* m_daysLabel;
    QListWidget* m_preview;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
