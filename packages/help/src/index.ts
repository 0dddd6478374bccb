export * from "@relais/core";
