"""Launch templates: templates, their versions, their data, and launching from them."""
