// The app's single database connection.
import { openDatabase } from './database';

export const db = openDatabase();
