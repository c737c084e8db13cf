#pragma once

#include "models/AreaTables.h"

#include <QHash>
#include <QVariantHash>
#include <QWidget>

class QComboBox;
class QToolButton;

// Drop-down filters under a table's search field, one for each filter of the table's spec that
// has a label: "All channels" first, then the choices. Announces every change the user makes as
// the filter values to set (an invalid value removes a filter).
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(const QList<AreaTables::Filter>& filters, QWidget* parent = nullptr);

    bool isEmpty() const { return m_combos.isEmpty(); }
    // New choices (the file changed); the chosen one stays chosen while it is still offered.
    void setChoices(const QString& name, const QList<std::pair<QString, QVariant>>& choices);
    // Chooses a value as if the user had (announce) or quietly, when the caller sets the model itself.
    void setValue(const QString& name, const QVariant& value, bool announce = true);
    QVariant value(const QString& name) const;
    // Back to "all" everywhere, quietly.
    void reset();
    QComboBox* combo(const QString& name) const { return m_combos.value(name); }
    QToolButton* clearButton() const { return m_clear; }

signals:
    void changed(const QVariantHash& values);

private:
    void updateClearButton();

    QHash<QString, QComboBox*> m_combos;
    QToolButton* m_clear;
};
