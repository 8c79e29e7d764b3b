"""Pure functions behind the dashboard: filters, figures, details, exports."""
