#pragma once

#include <QDialog>
#include <QHash>

class Project;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Adds or edits one location. Saving checks it exactly as an imported row would be checked; a
// problem is shown in the form and nothing is written until it is put right.
class LocationDialog : public QDialog
{
    Q_OBJECT

public:
    // code empty: a new location.
    LocationDialog(Project* project, const QString& code, QWidget* parent = nullptr);

    QLineEdit* field(const QString& key) const { return m_edits.value(key); }
    QDoubleSpinBox* latitudeSpin() const { return m_latitude; }
    QDoubleSpinBox* longitudeSpin() const { return m_longitude; }
    QLabel* problemLabel() const { return m_problem; }
    // Saves through the undo stack; false (with the problems shown) when it cannot.
    bool save();

private:
    QHash<QString, QString> values() const;

    Project* m_project;
    QHash<QString, QLineEdit*> m_edits;
    QComboBox* m_channel;
    QDoubleSpinBox* m_latitude;
    QDoubleSpinBox* m_longitude;
    QSpinBox* m_staff;
    QCheckBox* m_competitor;
    QCheckBox* m_active;
    QLabel* m_problem;
};
