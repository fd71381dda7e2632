// The three name lists are generated: change them by regenerating from the sources below.
//
// Sources: the 900 most frequent male and female first names of the 1990 US Census name
// frequency lists (public domain), less names that are mostly places, months or common words,
// plus common given names from other languages (Arabic, Slavic, Romance, Germanic, Nordic,
// African, South and East Asian), written by hand from public knowledge.

/// Common given names, by the gender they mostly carry.
enum GivenNames {
    /// Names mostly given to men.
    static let male: Set<String> = words("""
        Aamer Aamir Aaron Abdallah Abdelaziz Abdelkader Abdou Abdoulaye Abdul Abdulaziz Abdullah Abe Abedi
        Abel Abhishek Abraham Adam Adan Adel Adil Adolfo Adolph Adrian Agustin Ahmad Ahmed Ahmet Aidan Ajay
        Ajit Akbar Akira Al Alain Alan Alasdair Alastair Albert Alberto Alden Aldo Alec Alejandro Aleksander
        Aleksandr Aleksei Alessandro Alex Alexander Alexandre Alexei Alexey Alfonso Alfred Alfredo Algirdas
        Ali Alija Alistair Allan Allen Alonzo Alphonse Alphonso Alton Alun Alva Alvaro Alvin Amadou Amin
        Amine Amit Amnon Amos Amr Anand Anatoli Anatoly Anders Anderson Andre Andreas Andrei Andres Andrew
        Andrey Andriy Andrzej Andrés Andy Angelo Angus Anibal Anil Anthony Antoine Anton Antonio Antony
        Antwan Anwar Aníbal Aravinda Archie Arda Ariel Arjun Arjuna Arkady Armand Armando Arnold Arnulfo
        Aron Arpad Arron Arsenio Arthur Arturo Arun Asanka Ashok Asif Askar Aslan Atal Attila Aubrey
        Augustine Augusto Aurelio Avery Avraham Ayman Barney Barry Bart Barton Bashar Basil Beau Bebeto Ben
        Benazir Benito Benjamin Bennett Bennie Benny Bernard Bernardo Bernd Bernie Bert Berti Bertrand Bilal
        Bill Billy Bjorn Björn Blaine Blair Blaise Blake Bo Bob Bobby Bogdan Booker Boris Boutros Boyd Brad
        Bradford Bradley Brady Branden Brandon Brendan Brent Bret Brett Brian Brock Bronislaw Brooks Bruce
        Bruno Bryan Bryant Bryce Bryon Buddy Buford Bulent Burak Burhanuddin Burt Burton Byron Bülent Caleb
        Calvin Cameron Carey Carl Carlo Carlos Carlton Carmelo Carmine Carroll Carson Carter Cary Cathal
        Cecil Cedric Cem Cesar Chad Chadwick Chaminda Charles Charley Charlie Chester Chris Christian
        Christophe Christopher Christos Chuck Ciaran Ciarán Clair Clarence Clark Claude Claudio Clayton
        Clement Cliff Clifford Clifton Clint Clinton Clive Clyde Cody Colby Cole Coleman Colin Collin Colm
        Conor Conrad Constantin Corey Cormac Cornelius Cornell Cory Costas Coy Craig Crispin Cuauhtemoc Curt
        Curtis Cyril Cyrus Czeslaw Dafydd Dale Dalton Damian Damien Damon Dan Dane Danial Daniel Danny Dante
        Daren Darin Dario Darius Dariusz Darnell Darrel Darrell Darren Darrin Darryl Darwin Daryl Dave David
        Davis Davor Davíd Dean Deandre Declan Deepak Dejan Delbert Delmar Demetrius Denis Deniz Dennis Denny
        Derek Derick Dermot Derrick Desmond Devin Devon Dewayne Dewey Dexter Diarmuid Dick Didier Diego
        Dieter Dimitrios Dimitris Dino Dion Dirk Dmitri Dmitriy Dmitry Domingo Dominic Dominick Dominique
        Don Donal Donald Donnell Donnie Donny Donovan Dorian Doug Douglas Doyle Dragan Drew Duane Duarte
        Dudley Duncan Dustin Dusty Dwayne Dwight Dylan Eamon Eamonn Earl Earle Earnest Ebrahim Ed Eddie Eddy
        Edgar Edmond Edmund Edouard Eduard Eduardas Eduardo Edward Edwardo Edwin Efraim Efrain Efren Ehud
        Ejup Elbert Eldon Eli Elias Eliezer Elijah Eliseo Elliot Elliott Ellis Elmer Elmo Eloy Elton Elvin
        Elvis Elwood Emanuel Emeka Emerson Emery Emil Emile Emilio Emlyn Emmanuel Emmett Emory Emre Enrico
        Enrique Eoin Ercan Eric Erich Erick Erik Ernest Ernesto Ernie Errol Ervin Erwin Esa Esteban Ethan
        Euan Eugene Eugenio Evan Everett Everette Evgeny Evo Ewan Ewen Ezer Ezra Fabian Fabien Fabio Fabrice
        Fabrizio Fahad Fahd Faisal Farid Farouk Federico Felipe Felix Ferdinand Ferenc Fergus Fernandinho
        Fernando Fidel Filippo Fletcher Florent Floyd Forrest Fouad Francesco Francis Francisco Franck
        Franco Francois Franjo Frank Franklin Frans Frantisek Franz François Fraser Fred Freddie Freddy
        Frederic Frederick Frederik Fredrick Freeman Friedrich Fritz Gabor Gabriel Galen Gareth Garland
        Garret Garrett Garry Garth Gary Gavin Gebre Gediminas Genaro Gene Gennadi Gennady Geoffrey George
        Georgi Georgios Gerald Gerard Gerardo Gerd Gerhard Gerrit Gerry Ghazi Gheorghe Gianfranco Gianluca
        Gianni Gil Gilbert Gilberto Giles Gilles Giorgio Giorgos Giovanni Giulio Giuseppe Glafcos Glen Glenn
        Glyn Gonzalo Goodluck Gopal Goran Gordon Grady Graeme Graham Grant Greg Gregg Gregorio Gregory
        Grigory Grover Grzegorz Gudmundur Guenter Guillermo Gulbuddin Gunnar Gunter Gus Gustavo Guy Gwyn
        Gyula Gérard Göran Günter Habib Hafez Haile Hakan Hal Halldor Hamed Hamid Hamish Hamza Hani Hans
        Haris Harish Harlan Harley Harold Harris Harrison Harry Hartmut Harvey Hasan Hashan Hashemi Hassan
        Heath Hector Heinrich Heinz Helmut Helmuth Hendrik Henk Henrik Henry Henryk Herbert Heriberto Herman
        Hermann Herschel Hershel Herve Hervé Heydar Hideki Hidetoshi Hikmet Hiram Hiroshi Hiroyuki Hisham
        Holger Hollis Homer Horace Horst Hosni Hossein Howard Hubert Hugh Hugo Humberto Hung Husain Hussain
        Hussein Huw Héctor Iain Ian Ibrahim Ichiro Idriss Ieuan Ignacio Igor Ijaz Ilham Ilya Imad Imran Imre
        Inacio Inder Ingo Ingvar Inzamam Ioan Ioannis Ion Ira Irvin Irving Irwin Isaac Isaiah Isiah Isidro
        Ismael Ismail Ismet Issa Issac Istvan Ivan Ivica Ivor Iwan Jaap Jacek Jack Jackson Jacob Jacques
        Jagdish Jake Jalal Jamal Jamar Jamel James Jamil Janos Janusz Jared Jari Jaroslaw Jarrett Jarrod
        Jarvis Jason Jasper Jassim Javad Javed Javier Jawaharlal Jay Jayson Jeff Jefferson Jeffery Jeffrey
        Jeffry Jens Jerald Jeremiah Jeremy Jermaine Jerome Jerrod Jerry Jerzy Jess Jesse Jesus Jim Jimmie
        Jimmy Jiri Joachim Joao Joaquin Joaquín Joe Joel Joerg Joesph Joey Johan Johannes John Johnathan
        Johnathon Johnie Johnny Jomo Jon Jonas Jonathan Jonathon Joop Jorg Jorge Joschka Jose Josef Joseph
        Josh Joshua Josue José Jozef João Juan Juergen Juha Jukka Jules Julian Julien Julio Julius Junichiro
        Jurgen Justin Jérôme Jörg Jürgen Kai Kamal Kapil Kareem Karel Karim Karl Kazuhiko Kazuo Kees Keith
        Keizo Kelvin Kemal Ken Kendall Kendrick Kenenisa Kenichi Kenji Kenneth Kennith Kenny Kent Kermit
        Kevin Khaled Khalid Kieran Kieth Kiichi Kimmo Kipchoge Kirby Kirill Kirk Kiro Kiyoshi Kjell Klaas
        Klaus Kofi Koji Konstantin Konstantinos Kostas Krishna Kristopher Krzysztof Kurt Kurtis Kwame Kyle
        Lachlan Ladislav Lajos Lamar Lamberto Lamont Lance Landon Lanny Larry Lars Laszlo Laurence Laurent
        Lavern Lawrence Lazaro Lech Leif Leland Lemuel Len Leo Leon Leonard Leonardo Leonel Leonid Leopoldo
        Leroy Les Lester Leszek Levi Levon Levy Lewis Liam Linwood Lionel Lloyd Logan Lon Lonnie Loren
        Lorenzo Lothar Louie Louis Lowell Loyd Luca Lucas Luciano Lucien Lucio Luigi Luis Luiz Luke Luther
        Lutz Lyle Mack Magnus Mahela Mahesh Mahmoud Mahmud Majid Makoto Maksim Malcolm Mamadou Manfred
        Manmohan Manuel Marc Marcel Marcelino Marcello Marco Marcos Marcus Marek Margarito Mariano Mario
        Mariusz Mark Markus Marlin Marlon Marquis Marshall Martin Martti Marty Marvin Marwan Masahiko Masao
        Mason Massimo Massoud Mathew Mats Matt Matteo Matthew Matthias Matti Maurice Mauricio Maurizio Max
        Maxim Maxwell Maynard Mehmet Meles Melvin Menachem Merlin Merrill Mervin Mervyn Mesut Micah Michael
        Micheal Michel Mickey Miguel Mihaly Mika Mikael Mike Mikhail Mikko Miklos Milan Miles Millard Milos
        Milton Miroslaw Mitch Mitchel Mitchell Mobutu Mohamad Mohamed Mohammad Mohammed Mohan Mohsen Moin
        Moises Momcilo Monroe Monte Monty Morihiro Morris Morton Moses Moshe Mounir Moussa Muhammad Mukesh
        Munir Murdo Murray Mushtaq Mustafa Mustapha Muttiah Mwai Myles Myron Nabih Nabil Naguib Naoto
        Narasimha Narendra Nasir Nasser Natan Nathan Nathaniel Navjot Nawaf Nawaz Neal Necmettin Ned Neil
        Nelson Nenad Nestor Neville Niall Nicholas Nick Nickolas Nicola Nicolae Nicolas Nicos Niels Nigel
        Niklas Nikolai Nikolay Nikos Nils Nizar Noah Nobby Nobuo Noe Noel Nolan Norbert Norman Normand
        Norris Nuno Nursultan Nwankwo Octavio Odell Ola Olaf Olafur Ole Oleg Oliver Olivier Ollanta Olof
        Olusegun Omar Orlando Orville Osama Osamu Oscar Oskar Osvaldo Otis Otto Ousmane Owen Paavo Pablo
        Padraig Panagiotis Paolo Parker Pascal Pasquale Patrick Paul Paulo Pavel Pavol Pedro Pekka Per Percy
        Perry Pervez Petar Pete Peter Petre Phil Philip Philippe Phillip Pierre Piers Piet Pieter Pietro
        Piotr Poul Pranab Predrag Preston Pyotr Pádraig Qassem Quentin Quincy Quinton Rachid Radovan Rafael
        Raffaele Rafik Rafiq Rahul Rainer Raj Rajesh Rajiv Ralph Rameez Ramesh Ramiro Ramon Ramzi Ramón
        Randal Randall Randell Randolph Randy Raphael Rashid Ratko Raul Ravi Ray Raymond Raymundo Raúl Recep
        Reggie Reginald Reid Reinaldo Reinhard Remi Renato Reuben Rex Reynaldo Reza Rhodri Rhys Riad Ricardo
        Riccardo Richard Rick Rickey Rickie Ricky Rigobert Rigoberto Riley Rivaldo Riyad Rob Robby Robert
        Roberto Rocco Rocky Rod Roderick Rodger Rodney Rodolfo Rodrick Rodrigo Rogelio Roger Rogerio Rogério
        Roland Rolando Rolf Roman Romano Romario Romeo Ron Ronald Ronaldo Ronnie Ronny Roosevelt Rory Roscoe
        Roshan Ross Roy Royce Ruairi Ruben Rubin Rudolf Rudolph Rudy Rufus Ruhollah Rui Rupert Ruslan Russ
        Russel Russell Rusty Ruud Ryan Ryutaro Rémi Sachin Saddam Saeed Salah Saleh Salem Salim Salvador
        Salvatore Sam Sami Samir Sammie Sammy Samuel Sanath Sandor Sandro Sanford Sani Sanjay Sanjeev
        Santiago Saqlain Satoshi Saul Sauli Scot Scott Scottie Scotty Seamus Sean Sebastian Sebastiao
        Sebastien Sekou Sepp Seppo Serge Sergei Sergey Sergio Serguei Seth Seymour Shane Sharad Sharif
        Shashi Shaun Shawn Sheldon Shelton Sherman Shigeru Shimon Shinji Shinzo Shlomo Shoaib Siaka Sidney
        Siegfried Silas Silvio Simon Slobodan Solomon Sonny Sourav Spencer Spyros Stan Stanislav Stanley
        Stefan Stefano Steingrimur Stephan Stephane Stephen Steve Steven Stevie Stewart Stig Stjepan Struan
        Stuart Stéphane Sulaiman Suleiman Suleyman Sultan Sunil Suresh Sven Sylvain Sylvester Séamus
        Sébastien Süleyman Tadashi Tadeusz Takashi Takeshi Tancredo Tansu Tarek Taribo Tariq Tarja Taro
        Tassos Tatsuya Tawfiq Tayyip Ted Teddy Teemu Teodoro Terence Terrance Terrell Terrence Terry Tetsuya
        Thabo Thad Thaddeus Theo Theodor Theodore Theodoros Theron Thibault Thierry Thomas Thorsten Thurman
        Tiago Tibor Tim Timmy Timo Timothy Timur Toby Todd Todor Tom Tomas Tomasz Tomiichi Tommaso Tommy
        Tony Tore Torsten Toshiki Toshio Traian Travis Trent Trenton Trevor Tristan Troy Truman Tsutomu
        Tuomas Turgut Ty Tyler Tyrone Tyson Uhuru Ulrich Ulysses Umar Umaru Umberto Upul Urho Uri Usama Uwe
        Vaclav Valentin Valentino Valeri Valery Valéry Vance Vasco Vasilis Vasily Vassilis Vaughn Vern
        Vernon Vesa Vic Vicente Victor Vijay Viktor Ville Vince Vincent Vinod Virender Virgil Vitali Vitaly
        Vito Vittorio Viv Vladimir Vojislav Volkan Volker Vuk Vyacheslav Vytautas Wade Walid Wallace Walter
        Waqar Warren Wasim Wayne Weldon Wendell Werner Wes Wesley Weston Wilbert Wilbur Wilburn Wiley
        Wilford Wilfred Wilfredo Wilhelm Willard Willem Willi William Williams Willie Willis Willy Wilmer
        Wilson Wim Winfred Winston Wojciech Wolfgang Woodrow Wyatt Xavier Yaakov Yahya Yann Yannick Yasir
        Yasser Yasuhiro Yasuo Yehia Yehuda Yevgeni Yevgeny Yiannis Yitzhak Yoichi Yosef Yoshiaki Yoshihiko
        Yoshiro Yossi Yousef Youssef Yoweri Yuji Yukio Yuri Yury Yusuf Yusuke Yves Zachary Zachery Zaid Zane
        Zayed Zbigniew Zdenek Zdzislaw Zeljko Zhelyu Ziad Zico Zinedine Zoltan Zoran Zulfikar Zurab Álvaro
        Ángel Éamon Édouard Ólafur
        """)

    /// Names mostly given to women.
    static let female: Set<String> = words("""
        Abby Abigail Ada Addie Adela Adele Adeline Adriana Adrienne Agnes Agnieszka Aicha Aida Aileen Ailsa
        Aimee Aisha Akiko Alana Alberta Alejandra Alessandra Alexandra Alice Alicia Aline Alisa Alisha
        Alison Alissa Allie Allison Allyson Alta Althea Alyce Alyssa Amanda Amber Amelia Amelie Amie Amina
        Amira Amy Amélie Ana Anastasia Andrea Angela Angelia Angelica Angelina Angeline Angie Anita Anke Ann
        Anna Annabelle Anne Annegret Anneli Annette Annie Annika Antoinette Antonia Aoife Araceli Arancha
        Arantxa Arlene Arline Ashlee Ashley Astrid Audra Audrey Augusta Aurelia Aurora Ava Avis Ayesha
        Barbara Barbra Beatrice Beatriz Becky Belinda Benita Bernadette Bernadine Bernice Berta Bertha
        Bessie Beth Bethany Betsy Bette Bettie Betty Bettye Beulah Beverly Bianca Biljana Billie Birgit
        Birgitta Blanca Blanche Bobbi Bobbie Bonita Bonnie Brandi Brandy Brenda Briana Brianna Bridget
        Bridgette Brigitte Brittany Brittney Bronwen Bronwyn Brooke Caitlin Callie Camille Candace Candice
        Candy Cara Carla Carlene Carly Carmela Carmella Carmen Carol Carole Caroline Carolyn Carrie Carys
        Cassandra Cassie Catalina Catherine Cathleen Cathy Cecelia Cecile Cecilia Celeste Celia Cerys
        Chandra Chandrika Chantal Charlene Charlotte Charmaine Chasity Chelsea Cheri Cherie Cheryl Chiara
        Christa Christi Christiane Christie Christina Christine Christy Chrystal Ciara Cindy Claire Clara
        Clare Clarice Clarissa Claudette Claudia Claudine Colette Colleen Conchita Connie Constance Consuelo
        Cora Corazon Corine Corinne Cornelia Corrine Courtney Cristina Crystal Cynthia Daisy Dalia Danielle
        Daphne Darcy Darla Darlene Dawn Deana Deanna Deanne Debbie Debora Deborah Debra Deena Deidre Deirdre
        Delia Della Delores Deloris Dena Denise Derartu Desiree Diana Diane Dianna Dianne Dina Dixie Dollie
        Dolly Dolores Dona Donna Dora Doreen Doris Dorothea Dorothy Dorthy Dragana Earlene Earline
        Earnestine Ebony Edith Edna Edwina Effie Eileen Ekaterina Elaine Eleanor Elena Elinor Elisa
        Elisabeth Elisabetta Elise Eliza Elizabeth Ella Ellen Elma Elnora Eloise Elsa Elsie Elva Elvia
        Elvira Emilia Emily Emma Erica Ericka Erika Erin Erma Ernestine Esmeralda Esperanza Essie Estela
        Estella Estelle Ester Esther Ethel Etta Eugenia Eula Eunice Eva Evangeline Evelyn Ewa Fannie Farida
        Fatima Fatma Fatuma Fay Faye Federica Felicia Fern Ffion Fiona Flora Florence Flossie Fran Frances
        Francesca Francine Francisca Francoise Franziska Françoise Freda Frieda Gabriela Gabriele Gabrielle
        Gail Galina Gayle Gena Geneva Genevieve Geneviève Georgette Georgina Geraldine Gertrude Gete Gina
        Ginger Giovanna Gisela Giulia Gladys Glenda Glenna Gloria Golda Goldie Graca Grace Gracie Graciela
        Grainne Graça Greta Gretchen Gráinne Gunilla Gwen Gwendolyn Gwyneth Haley Hana Hanan Hanna Hannah
        Harriet Harriett Hattie Hazel Heather Heidi Heike Helen Helena Helene Helga Helle Henrietta Hilary
        Hilda Hildegard Hillary Hiroko Holly Huda Hélène Ilene Ilse Imelda Imogene Indira Inez Inge Ingrid
        Irene Irina Iris Irma Isabel Isabelle Ivana Ivy Jaclyn Jacqueline Jacquelyn Jami Jamila Jana Jane
        Janelle Janet Janette Janice Janie Janine Janis Janna Jasmine Jayalalitha Jayne Jean Jeanette Jeanie
        Jeanine Jeanne Jeannette Jeannie Jeannine Jelena Jenifer Jenna Jennie Jennifer Jenny Jeri Jerri
        Jessica Jewel Jewell Jill Jillian Jo Joan Joann Joanna Joanne Jocelyn Jodi Jodie Johanna Jolene Joni
        Josefa Josefina Josephine Josie Joyce Juana Juanita Judith Judy Julia Juliana Julianne Julie Juliet
        Juliette Junko Justine Jutta Kara Karen Kari Karin Karina Karla Kasey Katarzyna Kate Katelyn
        Katharine Katherine Kathie Kathleen Kathrine Kathryn Kathy Katie Katrin Katrina Katy Kay Kaye Kayla
        Keiko Keisha Kelley Kelli Kellie Kelly Kelsey Kendra Keri Kerri Kerstin Khadija Kimberley Kimberly
        Kirsten Kirsty Krista Kristen Kristi Kristie Kristin Kristina Kristine Kristy Krystal Kyoko Lacey
        Ladonna Laila Lakeisha Lakisha Lana Lara Larisa Latasha Latisha Latonya Latoya Laura Laurel Lauren
        Laurie Laverne Lavonne Lawanda Layla Leah Leann Leanne Leigh Leila Lela Lena Lenora Lenore Leola
        Leona Leonor Lesley Letha Leticia Lidia Lila Lilia Lilian Lillian Lillie Lilly Lily Limor Lina Linda
        Lindsay Lindsey Lisa Liza Lizzie Lois Lola Lora Loraine Lorena Lorene Loretta Lori Lorie Lorna
        Lorraine Lorrie Lottie Louisa Louise Luann Lucia Lucile Lucille Lucinda Lucy Lucía Ludmila Luella
        Luisa Lula Lupe Lydia Lynda Lynette Lynn Lynne Lyudmila Mabel Mable Madeleine Madeline Madelyn Madge
        Mae Maeve Magdalena Maggie Malgorzata Malinda Mallory Mamata Mamie Mandy Manuela Marcella Marci
        Marcia Marcie Marcy Margaret Margarethe Margarita Margery Margie Margo Margret Margrethe Marguerite
        Mari Maria Mariam Marian Marianne Maribel Maricela Marie Marietta Marilyn Marina Marion Marisa
        Marisol Marissa Maritza Marjorie Marla Marlene Marlies Marsha Marta Martha Martina Martine Marva
        Mary Maryam Maryann Maryanne Marylou Masako Mathilde Matilda Mattie Maude Maureen Mavis Maxine Mayra
        Meagan Megan Megawati Meghan Melanie Melba Melinda Melisa Melissa Melody Melva Mercedes Meredith
        Merlene Mette Mhairi Mia Michele Michelle Midori Milagros Mildred Millie Mindy Minerva Minnie
        Miranda Miriam Mirjana Misty Mitzi Mollie Molly Mona Monica Monika Monique Montserrat Morag Muriel
        Myra Myrna Myrtle Nadia Nadine Nancy Nanette Nannie Naoko Naomi Natalia Natalie Natalya Natasha
        Nathalie Nelda Nell Nellie Nettie Neva Niamh Nichole Nicole Nikki Nina Nita Noemi Nola Nona Nora
        Noreen Norma Nuria Odessa Ofelia Oksana Olga Olive Olivia Opal Ophelia Orla Paige Paloma Pam Pamela
        Paola Patrica Patrice Patricia Patsy Patti Patty Paula Paulette Pauline Pearl Pearlie Peggy Penelope
        Penny Petra Phyllis Pilar Polly Priscilla Priyanka Rachael Rachel Rachelle Rae Raffaella Ramona
        Randi Rania Raquel Reba Rebecca Rebekah Regina Rena Renate Renee Reva Rhian Rhoda Rhonda Rita
        Roberta Robin Robyn Rochelle Rocio Rocío Ronda Rosa Rosalie Rosalind Rosalinda Rosalyn Rosanne Rose
        Roseann Rosemarie Rosemary Rosetta Rosie Roslyn Roxanne Roxie Ruby Ruth Ruthie Sabine Sabrina
        Sachiko Sadie Sallie Sally Samantha Samira Sandra Sandrine Sandy Sara Sarah Sasha Saundra Segolene
        Selena Selma Serena Shana Shanna Shannon Shari Sharon Sharron Shauna Shawna Sheena Sheila Shelia
        Shelley Shelly Sheree Sheri Sherri Sherrie Sherry Sheryl Shirin Shirley Sian Sigrid Silke Silvia
        Simona Simone Sinead Sinéad Siobhan Siobhán Sirimavo Sirkka Siân Sofia Sofía Soledad Solveig Sondra
        Sonia Sonja Sonya Sophia Sophie Stacey Staci Stacie Stacy Stefanie Steffi Stella Stephanie Sue Susan
        Susana Susanna Susanne Sushma Susie Suzanne Suzette Svetlana Sybil Sylvia Sylvie Ségolène Tabatha
        Tabitha Tamara Tameka Tami Tamika Tammi Tammie Tammy Tania Tanisha Tanya Tara Tasha Tatiana Tatyana
        Tegla Teresa Teri Terri Terrie Tessa Thelma Theresa Therese Tia Tiffany Tina Toni Tonia Tonya Tracey
        Traci Tracie Tracy Tricia Trina Trisha Trudy Tzipi Ulrike Ursula Valarie Valentina Valeria Valerie
        Valérie Vanessa Velma Vera Verna Veronica Vicki Vickie Vicky Vigdis Viola Violet Virgie Vivian Wanda
        Wangari Wendi Wendy Whitney Willa Wilma Winifred Winnie Yasmin Yasmina Yekaterina Yelena Yesenia
        Yoko Yolanda Yulia Yuliya Yumiko Yvette Yvonne Zainab Zeinab Zelma Zuzana
        """)

    /// Names given to men and women alike.
    static let unisex: Set<String> = words("""
        Alexis Angel Casey Chen Choi Chung Cleo Dana Deng Frankie Gale Gao Guo Huang Hwang Jackie Jaime
        Jamie Jan Jessie Jiang Jody Johnnie Kang Kerry Kim Kris Kwon Lee Leslie Li Liu Luo Merle Morgan
        Ollie Park Pat Qian Rene Robbie Shelby Tang Taylor Tommie Wang Xie Xu Yang Yoon Zhang Zhao Zhou Zhu
        """)

    /// Given names that are also common words or places, and count as names only before an
    /// unexplained word ("Will Trevennick", "Chad Ostrander", "Christian Vaudrey").
    static let ambiguous: Set<String> = ["will", "chad", "christian", "jordan"]

    /// The gender a given name mostly carries, if it carries one.
    static func gender(of lowercasedName: String) -> Gender? {
        if male.contains(lowercasedName) { return .male }
        if female.contains(lowercasedName) { return .female }
        return nil
    }

    /// Whether `lowercasedName` is a common given name.
    static func contains(_ lowercasedName: String) -> Bool {
        ambiguous.contains(lowercasedName) || male.contains(lowercasedName) || female.contains(lowercasedName) || unisex.contains(lowercasedName)
    }

    private static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
