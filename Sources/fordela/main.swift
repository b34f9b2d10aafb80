print("fordela")
