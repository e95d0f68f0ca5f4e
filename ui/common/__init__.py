"""What two or more features share: the background worker, table and tree model bases, formatting and tr(), error messages, item-view factories, HTML details, PDF preview."""
